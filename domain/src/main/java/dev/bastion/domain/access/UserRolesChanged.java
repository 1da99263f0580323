package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** The roles a user holds changed: roles were given or taken. */
public record UserRolesChanged(UserId user) implements DomainEvent {

    public UserRolesChanged {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public UUID subject() {
        return user.value();
    }
}
