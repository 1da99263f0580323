package dev.bastion.adapters.rest.system.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A parameter's constraints as read; a part it does not have is left out. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigConstraintsResponse(@Nullable String min, @Nullable String max, @Nullable String pattern,
                                        @Nullable List<String> allowed) {
}
