package dev.bastion.application.system.config;

import dev.bastion.domain.system.config.ConfigConstraints;
import dev.bastion.domain.system.config.ConfigDefinition;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigType;
import java.time.Instant;

/**
 * A parameter as read (a read model: no adapter needs the aggregate). {@code value} is as stored;
 * {@code constraints} is {@link ConfigConstraints#NONE} when there are none; {@code description} may be null.
 */
public record ConfigParamView(ConfigParamId id, String key, String name, ConfigType type, String value,
                              ConfigConstraints constraints, String description, boolean builtIn, boolean overridden,
                              long version, Instant createdAt, Instant updatedAt) {

    public static ConfigParamView of(ConfigParam param) {
        ConfigDefinition d = param.definition();
        return new ConfigParamView(param.id(), d.key().value(), d.name(), d.type(), param.value(), d.constraints(),
                d.description(), param.builtIn(), param.overridden(), param.version(), param.createdAt(),
                param.updatedAt());
    }
}
