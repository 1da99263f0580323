package dev.bastion.bootstrap.system;

import dev.bastion.application.identity.signin.AuthParameters;
import dev.bastion.application.system.config.SeedBuiltInParams.BuiltInParam;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in parameters with the values their environment variables give at this start, each
 * checked against its type and constraints, and all together against the rules between them: a bad
 * variable stops the start with a message naming it, as it always did.
 */
record BuiltInParamsAtStart(List<BuiltInParam> params) {

    /** Each variable's Micronaut property (application.yml, or the variable itself by Micronaut's naming). */
    static final Map<String, String> PROPERTIES = Map.of(
            "BASTION_LOGIN_MODE", "bastion.login.mode",
            "BASTION_LOGIN_RATE_PER_MINUTE", "bastion.login.rate-per-minute",
            "BASTION_LOGIN_MAX_FAILURES", "bastion.login.max-failures",
            "BASTION_LOGIN_FAILURE_WINDOW", "bastion.login.failure-window",
            "BASTION_LOGIN_LOCK_DURATION", "bastion.login.lock-duration",
            "BASTION_PASSWORD_MIN_LENGTH", "bastion.password.min-length",
            "BASTION_PASSWORD_HISTORY", "bastion.password.history",
            "BASTION_PASSWORD_CHARACTER_CLASSES", "bastion.password.character-classes",
            "BASTION_ACCESS_TOKEN_TTL", "bastion.access-token-ttl",
            "BASTION_REFRESH_TOKEN_TTL", "bastion.refresh-token-ttl");

    static BuiltInParamsAtStart read(Function<String, String> property) {
        Map<String, String> byVariable = new LinkedHashMap<>();
        AuthParameters.variables().values().forEach(variable -> {
            String name = PROPERTIES.get(variable);
            if (name == null) {
                throw new IllegalStateException("no property for " + variable);
            }
            String value = property.apply(name);
            if (value != null) {
                byVariable.put(variable, value);
            }
        });
        List<BuiltInParam> params = AuthParameters.builtIns(byVariable);
        try {
            params.forEach(p -> ConfigParam.requireValid(p.definition(), p.variable(), p.environmentValue()));
            AuthParameters.settings(AuthParameters.valuesOf(params), Map.of());
        } catch (InvalidValueException e) {
            throw new IllegalStateException(e.field() + " " + e.getMessage(), e);
        }
        return new BuiltInParamsAtStart(params);
    }

    Map<ConfigKey, String> values() {
        return AuthParameters.valuesOf(params);
    }
}
