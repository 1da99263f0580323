package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user was disabled: they can no longer sign in. */
public record UserDisabled(UserId user) implements DomainEvent {

    public UserDisabled {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
