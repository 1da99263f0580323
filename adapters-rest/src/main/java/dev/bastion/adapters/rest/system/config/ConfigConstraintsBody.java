package dev.bastion.adapters.rest.system.config;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A parameter's constraints, each optional: {@code min}/{@code max} (values of the type, inclusive)
 * for INTEGER, DECIMAL and DURATION; {@code pattern} (a regular expression the whole value must
 * match, ≤ 200 characters) for STRING; {@code allowed} (1..50 values) for STRING, INTEGER and DECIMAL.
 */
@Serdeable
public record ConfigConstraintsBody(@Nullable @Size(max = 64) String min,
                                    @Nullable @Size(max = 64) String max,
                                    @Nullable @Size(max = 200) String pattern,
                                    @Nullable @Size(max = 50) List<@Size(max = 200) String> allowed) {
}
