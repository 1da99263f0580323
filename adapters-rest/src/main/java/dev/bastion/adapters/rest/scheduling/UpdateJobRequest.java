package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A job's changes, with the {@code version} it was read at. A field left out keeps its value;
 * {@code null} clears {@code description}, makes {@code timezone} UTC and {@code parameters} none;
 * the others cannot be {@code null}. Enabling and disabling is {@code PUT /jobs/{id}/status}, not a
 * field here.
 */
@Serdeable
public record UpdateJobRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                               @Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String handler,
                               @Nullable @Schema(nullable = false) @Size(min = 1, max = 120) String cron,
                               @Nullable @Size(max = 64) String timezone,
                               @Nullable @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                               Map<String, Object> parameters,
                               @Nullable @Pattern(regexp = JobValues.CONCURRENCIES, message = JobValues.CONCURRENCY_RULE)
                               @Schema(allowableValues = {"FORBID", "ALLOW"}, nullable = false) String concurrency,
                               @Nullable @Pattern(regexp = JobValues.MISFIRES, message = JobValues.MISFIRE_RULE)
                               @Schema(allowableValues = {"FIRE_ONCE", "SKIP"}, nullable = false) String misfire,
                               @Nullable @Size(max = 40) @Schema(description = JobValues.TIMEOUT, nullable = false)
                               String timeout,
                               @Nullable @Size(max = 500) String description,
                               @NotNull @Min(0) Long version,
                               // not part of the body: which fields it carried (see PatchRequest)
                               @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateJobRequest> {

    @Override
    public UpdateJobRequest withSentFields(SentFields sent) {
        return new UpdateJobRequest(name, handler, cron, timezone, parameters, concurrency, misfire, timeout,
                description, version, sent);
    }
}
