package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;
import java.util.Objects;

/**
 * An administrator sets a user's password: it must pass the password policy ({@code password} is
 * named otherwise), the user must change it at next sign-in, and every session of the user ends.
 * A user outside the actor's data scope is {@code NOT_FOUND}.
 */
public interface ResetUserPassword {

    void reset(UserId actor, Command command);

    record Command(UserId user, String password) {

        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Command[" + user + ", ***]";
        }
    }
}
