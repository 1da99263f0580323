package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user account was created. */
public record UserRegistered(UserId user) implements DomainEvent {

    public UserRegistered {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
