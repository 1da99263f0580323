package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigDefinition;
import java.util.Objects;

/**
 * A new (not built-in) parameter. Its value must read as its type and meet its constraints
 * ({@code VALIDATION_ERROR} naming {@code value}); a key in use is {@code CONFLICT}.
 */
public interface CreateConfigParam {

    ConfigParamView create(Command command);

    record Command(ConfigDefinition definition, String value) {

        public Command {
            Objects.requireNonNull(definition, "definition");
        }
    }
}
