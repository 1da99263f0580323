package dev.bastion.domain.access;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A role's code or details (status, data scope, departments, menu entries) changed. */
public record RoleChanged(RoleId role) implements DomainEvent {

    public RoleChanged {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public UUID subject() {
        return role.value();
    }
}
