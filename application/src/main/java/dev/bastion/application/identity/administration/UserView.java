package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as the administration screens show it, with the ids of the roles it holds: a read model,
 * so that no adapter needs the {@code User} aggregate. {@code email} and {@code phone} may be null.
 */
public record UserView(UserId id, String username, String nickname, String email, String phone, DeptId deptId,
                       List<UUID> roleIds, UserStatus status, boolean mustChangePassword, long version,
                       Instant createdAt, Instant updatedAt) {

    public UserView {
        roleIds = List.copyOf(roleIds);
    }

    public static UserView of(User user, List<UUID> roleIds) {
        return new UserView(user.id(), user.username().value(), user.nickname().value(),
                user.email().map(Email::value).orElse(null), user.phone().map(PhoneNumber::value).orElse(null),
                user.deptId(), roleIds, user.status(), user.mustChangePassword(), user.version(), user.createdAt(),
                user.updatedAt());
    }
}
