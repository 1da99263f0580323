package dev.bastion.application.identity;

import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Changes a user read at {@code version} (stale: {@code VERSION_CONFLICT}); this is also how roles
 * are assigned. Disabling ends the user's sessions; the last enabled super administrator can be
 * neither disabled nor stripped of the role. The user must lie inside the actor's data scope
 * ({@code NOT_FOUND} otherwise), and so must a new department ({@code deptId} named as invalid).
 */
public interface UpdateUser {

    UserView update(UserId actor, Command command);

    record Command(UserId id, Nickname nickname, Email email, PhoneNumber phone, DeptId deptId, Set<UUID> roleIds,
                   UserStatus status, long version) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nickname, "nickname");
            Objects.requireNonNull(deptId, "deptId");
            Objects.requireNonNull(status, "status");
            roleIds = Set.copyOf(roleIds);
        }
    }
}
