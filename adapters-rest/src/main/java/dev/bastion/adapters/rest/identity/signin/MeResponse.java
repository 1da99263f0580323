package dev.bastion.adapters.rest.identity.signin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The signed-in user. {@code permissions} are the codes as granted ({@code ["*"]} for a super
 * admin), not an expansion. Every field is present, null when unknown.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeResponse(String id, String username, String nickname, @Nullable String email,
                         @Nullable String phone, String deptId, boolean passwordChangeRequired,
                         List<String> roles, List<String> permissions) {
}
