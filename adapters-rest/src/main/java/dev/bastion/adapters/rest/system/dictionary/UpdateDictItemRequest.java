package dev.bastion.adapters.rest.system.dictionary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An item's changes, with the {@code version} it was read at. A field left out keeps its value;
 * {@code null} or {@code ""} clears {@code tag} or {@code remark}; the others cannot be
 * {@code null}. An item never moves to another type, so this body has no {@code typeCode}.
 */
@Serdeable
public record UpdateDictItemRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String label,
                                    @Nullable @Schema(nullable = false) @Size(min = 1, max = 100) String value,
                                    @Nullable @Schema(nullable = false) @Min(0) @Max(999_999) Integer sort,
                                    @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                    @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                    @Nullable @Schema(allowableValues = {"default", "primary", "success", "info",
                                            "warning", "danger"}) String tag,
                                    @JsonProperty("isDefault") @Nullable @Schema(nullable = false) Boolean isDefault,
                                    @Nullable @Size(max = 500) String remark,
                                    @NotNull @Min(0) Long version,
                                    // not part of the body: which fields it carried (see PatchRequest)
                                    @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateDictItemRequest> {

    @Override
    public UpdateDictItemRequest withSentFields(SentFields sent) {
        return new UpdateDictItemRequest(label, value, sort, status, tag, isDefault, remark, version, sent);
    }
}
