package dev.bastion.adapters.rest.organization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department's changes, with the {@code version} it was read at. A field left out keeps its
 * value; {@code null} or {@code ""} clears {@code leader}, {@code phone} or {@code email};
 * {@code parentId}, {@code name}, {@code sort} and {@code status} cannot be {@code null}.
 */
@Serdeable
public record UpdateDeptRequest(@Nullable @Schema(nullable = false) @Size(min = 1, max = 36) String parentId,
                                @Nullable @Schema(nullable = false) @Size(min = 1, max = 64) String name,
                                @Nullable @Schema(nullable = false) @Min(0) @Max(999_999) Integer sort,
                                @Nullable @Size(max = 64) String leader,
                                @Nullable @Size(max = 32) String phone,
                                @Nullable @Email @Size(max = 254) String email,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                @NotNull @Min(0) Long version,
                                // not part of the body: which fields it carried (see PatchRequest)
                                @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateDeptRequest> {

    @Override
    public UpdateDeptRequest withSentFields(SentFields sent) {
        return new UpdateDeptRequest(parentId, name, sort, leader, phone, email, status, version, sent);
    }
}
