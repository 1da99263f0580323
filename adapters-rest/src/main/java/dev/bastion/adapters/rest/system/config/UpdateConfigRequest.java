package dev.bastion.adapters.rest.system.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A parameter's changes, with the {@code version} it was read at. A field left out keeps its value;
 * {@code null} clears {@code description} or {@code constraints}; {@code name}, {@code type} and
 * {@code value} cannot be {@code null}. The key is immutable (not a field here). For a built-in,
 * {@code type} and {@code constraints} may only be sent unchanged.
 */
@Serdeable
public record UpdateConfigRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                  @Nullable @Pattern(regexp = ConfigDtos.TYPES, message = ConfigDtos.TYPES_MESSAGE)
                                  @Schema(allowableValues = {"STRING", "INTEGER", "BOOLEAN", "DECIMAL", "DURATION",
                                          "JSON"}, nullable = false) String type,
                                  @Nullable @Schema(nullable = false) @Size(max = 4000) String value,
                                  @Nullable @Valid ConfigConstraintsBody constraints,
                                  @Nullable @Size(max = 500) String description,
                                  @NotNull @Min(0) Long version,
                                  // not part of the body: which fields it carried (see PatchRequest)
                                  @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateConfigRequest> {

    @Override
    public UpdateConfigRequest withSentFields(SentFields sent) {
        return new UpdateConfigRequest(name, type, value, constraints, description, version, sent);
    }
}
