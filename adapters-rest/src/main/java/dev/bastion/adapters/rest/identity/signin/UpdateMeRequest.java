package dev.bastion.adapters.rest.identity.signin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.bastion.adapters.rest.json.PatchRequest;
import dev.bastion.adapters.rest.json.SentFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The caller's own profile changes, with the {@code version} {@code /auth/me} showed. A field left
 * out keeps its value; {@code null} or {@code ""} clears {@code email} or {@code phone} and turns
 * {@code nickname} back into the username. Roles, department and status are not the caller's to
 * change: a body naming them is refused like any unknown field (400 naming it).
 */
@Serdeable
public record UpdateMeRequest(@Nullable @Size(max = 64) String nickname,
                              @Nullable @Email @Size(max = 254) String email,
                              @Nullable @Size(max = 32) String phone,
                              @NotNull @Min(0) Long version,
                              // not part of the body: which fields it carried (see PatchRequest)
                              @JsonIgnore @Schema(hidden = true) @Nullable SentFields sentFields)
        implements PatchRequest<UpdateMeRequest> {

    @Override
    public UpdateMeRequest withSentFields(SentFields sent) {
        return new UpdateMeRequest(nickname, email, phone, version, sent);
    }
}
