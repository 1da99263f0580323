package dev.bastion.adapters.rest.identity.administration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Changes to a user, with the {@code version} it was read at. The username cannot change. A field
 * left out keeps its value; {@code null} or {@code ""} clears {@code email} or {@code phone} and
 * turns {@code nickname} back into the username; {@code []} removes every role; {@code deptId},
 * {@code roleIds} and {@code status} cannot be {@code null}.
 */
@Serdeable
public record UpdateUserRequest(@Nullable @Size(max = 64) String nickname,
                                @Nullable @Email @Size(max = 254) String email,
                                @Nullable @Size(max = 32) String phone,
                                @Nullable @Schema(nullable = false) @Size(max = 36) String deptId,
                                @Nullable @Schema(nullable = false) @Size(max = 50) List<@Size(max = 36) String> roleIds,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}, nullable = false) String status,
                                @NotNull @Min(0) Long version,
                                // not part of the body: which fields it carried (see PatchRequest)
                                @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateUserRequest> {

    @Override
    public UpdateUserRequest withSentFields(SentFields sent) {
        return new UpdateUserRequest(nickname, email, phone, deptId, roleIds, status, version, sent);
    }
}
