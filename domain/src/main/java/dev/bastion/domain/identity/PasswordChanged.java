package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user changed their own password. */
public record PasswordChanged(UserId user) implements DomainEvent {

    public PasswordChanged {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
