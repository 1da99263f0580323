package dev.bastion.adapters.rest.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A new job. {@code parameters} are checked against the handler's schema ({@code GET /job-handlers});
 * the rest is checked by the use case, which names the field it refuses. Defaults: timezone UTC,
 * parameters none, enabled, FORBID, FIRE_ONCE, a timeout of one hour.
 */
@Serdeable
public record CreateJobRequest(@NotNull @Size(min = 1, max = 64) String name,
                               @NotNull @Size(min = 1, max = 64)
                               @Schema(description = "a key of GET /job-handlers, like audit.purge-logs") String handler,
                               @NotNull @Size(min = 1, max = 120)
                               @Schema(description = "six fields with seconds (0 0 3 * * *) or the usual five")
                               String cron,
                               @Nullable @Size(max = 64)
                               @Schema(description = "the zone the cron is read in (Europe/Berlin); UTC when left out")
                               String timezone,
                               @Nullable @Schema(description = "the handler's parameters, as its schema in "
                                       + "GET /job-handlers describes them",
                                       additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                               Map<String, Object> parameters,
                               @Nullable Boolean enabled,
                               @Nullable @Pattern(regexp = JobValues.CONCURRENCIES, message = JobValues.CONCURRENCY_RULE)
                               @Schema(allowableValues = {"FORBID", "ALLOW"}) String concurrency,
                               @Nullable @Pattern(regexp = JobValues.MISFIRES, message = JobValues.MISFIRE_RULE)
                               @Schema(allowableValues = {"FIRE_ONCE", "SKIP"}) String misfire,
                               @Nullable @Size(max = 40) @Schema(description = JobValues.TIMEOUT, example = "15m")
                               String timeout,
                               @Nullable @Size(max = 500) String description) {
}
