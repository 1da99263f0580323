package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.MisfirePolicy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * A job as its administrators read it: the fields of its body (the timeout as ISO-8601, the
 * parameters as stored: what was given, the handler's defaults not filled in) plus when it fires
 * next (null when disabled or never again), id, version and times.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobResponse(String id, String name, String handler, String cron, String timezone,
                          @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                  requiredMode = Schema.RequiredMode.REQUIRED)
                          Map<String, Object> parameters, boolean enabled, ConcurrencyPolicy concurrency,
                          MisfirePolicy misfire,
                          @Schema(description = "ISO-8601 duration", example = "PT1H",
                                  requiredMode = Schema.RequiredMode.REQUIRED) String timeout,
                          @Nullable String description, @Nullable Instant nextFireAt, long version,
                          Instant createdAt, Instant updatedAt) {
}
