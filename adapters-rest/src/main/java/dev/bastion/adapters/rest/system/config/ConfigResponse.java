package dev.bastion.adapters.rest.system.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.system.config.ConfigType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A parameter as read: the fields of its body (the value as stored) plus {@code builtIn},
 * {@code overridden} (its value was set through the API: a built-in no longer follows its environment
 * variable), id, version and times. {@code constraints} is null when there are none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConfigResponse(String id, String key, String name, ConfigType type, String value,
                             @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) ConfigConstraintsResponse constraints,
                             @Nullable String description, boolean builtIn, boolean overridden, long version,
                             Instant createdAt, Instant updatedAt) {
}
