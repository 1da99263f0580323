package dev.bastion.application.identity.administration;

import dev.bastion.application.shared.FieldPatch;
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
 * A patch: a field left out keeps its value; {@code email} and {@code phone} given as null are
 * cleared, {@code nickname} given as null falls back to the username; {@code deptId},
 * {@code roleIds} and {@code status} cannot be cleared (an empty role set removes every role).
 */
public interface UpdateUser {

    UserView update(UserId actor, Command command);

    record Command(UserId id, long version, FieldPatch<Nickname> nickname, FieldPatch<Email> email,
                   FieldPatch<PhoneNumber> phone, FieldPatch<DeptId> deptId, FieldPatch<Set<UUID>> roleIds,
                   FieldPatch<UserStatus> status) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nickname, "nickname");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
            deptId = deptId.requireValue("deptId");
            roleIds = roleIds.requireValue("roleIds").map(Set::copyOf);
            status = status.requireValue("status");
        }

        /** Every field given: the user's whole new state, as a client sending every field asks. */
        public static Command everyField(UserId id, Nickname nickname, Email email, PhoneNumber phone, DeptId deptId,
                                         Set<UUID> roleIds, UserStatus status, long version) {
            return new Command(id, version, FieldPatch.of(nickname), FieldPatch.of(email), FieldPatch.of(phone),
                    FieldPatch.of(deptId), FieldPatch.of(roleIds), FieldPatch.of(status));
        }
    }
}
