package dev.bastion.domain.access;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A role was deleted. */
public record RoleDeleted(RoleId role) implements DomainEvent {

    public RoleDeleted {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public UUID subject() {
        return role.value();
    }
}
