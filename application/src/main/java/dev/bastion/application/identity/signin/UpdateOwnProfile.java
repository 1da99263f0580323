package dev.bastion.application.identity.signin;

import dev.bastion.application.identity.signin.GetCurrentUser.CurrentUser;
import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * The signed-in user changes their own nickname, email and phone, read at {@code version} (stale:
 * {@code VERSION_CONFLICT}). Nothing else of the account is theirs to change: roles, department and
 * status stay with the administrators. A patch like an administrator's: a field left out keeps its
 * value, {@code email} and {@code phone} given as null are cleared, {@code nickname} given as null
 * falls back to the username. Answers the caller as {@code /auth/me} shows them afterwards.
 */
public interface UpdateOwnProfile {

    CurrentUser update(Command command);

    record Command(UserId self, long version, FieldPatch<Nickname> nickname, FieldPatch<Email> email,
                   FieldPatch<PhoneNumber> phone) {

        public Command {
            Objects.requireNonNull(self, "self");
            Objects.requireNonNull(nickname, "nickname");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
        }
    }
}
