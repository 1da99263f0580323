package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.util.Objects;

/**
 * The signed-in user replaces their password. The old one must be right
 * ({@code oldPassword} is named otherwise), the new one must pass the password policy
 * ({@code newPassword}); every other session of the user ends.
 */
public interface ChangeOwnPassword {

    void change(Command command);

    record Command(UserId user, SessionId currentSession, String oldPassword, String newPassword) {

        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(currentSession, "currentSession");
            Objects.requireNonNull(oldPassword, "oldPassword");
            Objects.requireNonNull(newPassword, "newPassword");
        }

        @Override
        public String toString() {
            return "Command[" + user + ", " + currentSession + ", ***, ***]";
        }
    }
}
