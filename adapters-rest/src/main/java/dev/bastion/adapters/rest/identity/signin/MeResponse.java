package dev.bastion.adapters.rest.identity.signin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The signed-in user. {@code permissions} are the codes as granted ({@code ["*"]} for a super
 * admin), not an expansion. Every field is present, null when unknown. {@code mustChangePassword}
 * is the name the user resources use; {@code passwordChangeRequired} repeats it for clients of the
 * first version and goes in the next. {@code version} is what {@code PUT /auth/me} is made against.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeResponse(String id, String username, String nickname, @Nullable String email,
                         @Nullable String phone, String deptId, boolean mustChangePassword,
                         @Schema(deprecated = true, description = "The same as mustChangePassword; "
                                 + "kept for clients of the first version, removed in the next")
                         boolean passwordChangeRequired,
                         long version, List<String> roles, List<String> permissions) {
}
