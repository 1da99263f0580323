package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** An administrator reset a user's password (the user must change it at next sign-in). */
public record PasswordReset(UserId user) implements DomainEvent {

    public PasswordReset {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
