package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import java.util.Objects;

/**
 * Enables or disables a user. Disabling ends every session of the user at once; the last enabled
 * super administrator cannot be disabled ({@code CONFLICT}). Setting the current status changes nothing.
 * A user outside the actor's data scope is {@code NOT_FOUND}.
 */
public interface ChangeUserStatus {

    void change(UserId actor, Command command);

    record Command(UserId user, UserStatus status) {

        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(status, "status");
        }
    }
}
