package dev.bastion.adapters.rest.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The signed-in user. {@code permissions} are the codes as granted ({@code ["*"]} for a super
 * admin), not an expansion. {@code phone} and {@code deptId} are null until the user model has them.
 */
@Serdeable
public record MeResponse(String id, String username, String nickname, @Nullable String email,
                         @Nullable String phone, @Nullable String deptId, boolean passwordChangeRequired,
                         List<String> roles, List<String> permissions) {
}
