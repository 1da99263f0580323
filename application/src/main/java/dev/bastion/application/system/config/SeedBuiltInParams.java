package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigDefinition;
import java.util.List;
import java.util.Objects;

/**
 * At start: adds each built-in parameter that is missing with its environment value, and makes each
 * existing one follow its definition ({@link dev.bastion.domain.system.config.ConfigParam#followDefinition}).
 * Safe when several instances start at once. A value that breaks a rule between built-ins fails the start.
 */
public interface SeedBuiltInParams {

    void seed(List<BuiltInParam> builtIns);

    /**
     * A built-in parameter and the start-up value of its environment variable.
     *
     * @param variable the environment variable's name, for messages
     */
    record BuiltInParam(ConfigDefinition definition, String variable, String environmentValue) {

        public BuiltInParam {
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(environmentValue, "environmentValue");
        }
    }
}
