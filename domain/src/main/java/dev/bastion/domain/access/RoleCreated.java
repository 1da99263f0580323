package dev.bastion.domain.access;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A role was defined. */
public record RoleCreated(RoleId role) implements DomainEvent {

    public RoleCreated {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public UUID subject() {
        return role.value();
    }
}
