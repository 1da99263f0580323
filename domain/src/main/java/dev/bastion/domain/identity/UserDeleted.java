package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user was deleted. */
public record UserDeleted(UserId user) implements DomainEvent {

    public UserDeleted {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
