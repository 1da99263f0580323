package dev.bastion.domain.identity;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A user moved to another department (so data scopes judged by it change). */
public record UserMoved(UserId user) implements DomainEvent {

    public UserMoved {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
