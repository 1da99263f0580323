package dev.bastion.domain.organization;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A department moved under another parent (data scopes of its subtree change). */
public record DepartmentMoved(DeptId department) implements DomainEvent {

    public DepartmentMoved {
        Objects.requireNonNull(department, "department");
    }

    @Override
    public UUID subject() {
        return department.value();
    }
}
