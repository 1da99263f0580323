package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A new user. {@code deptId} and every role id must exist (else named as invalid); the password
 * must pass the policy; a taken username or e-mail is a {@code CONFLICT} naming it. The department
 * must lie inside the actor's data scope (else {@code deptId} is named as invalid).
 * {@code nickname}, {@code email} and {@code phone} may be null.
 */
public interface CreateUser {

    UserView create(UserId actor, Command command);

    record Command(Username username, String password, Nickname nickname, Email email, PhoneNumber phone,
                   DeptId deptId, Set<UUID> roleIds, UserStatus status, boolean mustChangePassword) {

        public Command {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(deptId, "deptId");
            Objects.requireNonNull(status, "status");
            roleIds = Set.copyOf(roleIds);
        }

        @Override
        public String toString() {
            return "Command[" + username + ", ***, " + deptId + ", " + roleIds + ", " + status + "]";
        }
    }
}
