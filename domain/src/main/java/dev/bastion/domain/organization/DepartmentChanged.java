package dev.bastion.domain.organization;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A department's details (name, sort, status, …) changed. */
public record DepartmentChanged(DeptId department) implements DomainEvent {

    public DepartmentChanged {
        Objects.requireNonNull(department, "department");
    }

    @Override
    public UUID subject() {
        return department.value();
    }
}
