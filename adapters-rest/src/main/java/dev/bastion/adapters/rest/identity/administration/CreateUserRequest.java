package dev.bastion.adapters.rest.identity.administration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new user. Defaults: nickname = username, deptId = the root department, roleIds = [],
 * status = ENABLED, mustChangePassword = false.
 */
@Serdeable
public record CreateUserRequest(@NotBlank @Size(max = 64) String username,
                                @NotBlank @Size(max = 128) String password,
                                @Nullable @Size(max = 64) String nickname,
                                @Nullable @Email @Size(max = 254) String email,
                                @Nullable @Size(max = 32) String phone,
                                @Nullable @Size(max = 36) String deptId,
                                @Nullable @Size(max = 50) List<@Size(max = 36) String> roleIds,
                                @Nullable @Pattern(regexp = "ENABLED|DISABLED", message = "must be ENABLED or DISABLED")
                                @Schema(allowableValues = {"ENABLED", "DISABLED"}) String status,
                                @Nullable Boolean mustChangePassword) {

    @Override
    public String toString() {
        return "CreateUserRequest[" + username + ", ***]";
    }
}
