package dev.bastion.adapters.rest.system.dictionary;

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

/**
 * A dictionary type's changes, with the {@code version} it was read at. A field left out keeps its
 * value; {@code null} or {@code ""} clears {@code remark}; {@code name} and {@code status} cannot be
 * {@code null}. The code is immutable, so this body has no {@code code} (sending one is refused).
 */
@Serdeable
public record UpdateDictTypeRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                    @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                    @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                    @Nullable @Size(max = 500) String remark,
                                    @NotNull @Min(0) Long version,
                                    // not part of the body: which fields it carried (see PatchRequest)
                                    @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateDictTypeRequest> {

    @Override
    public UpdateDictTypeRequest withSentFields(SentFields sent) {
        return new UpdateDictTypeRequest(name, status, remark, version, sent);
    }
}
