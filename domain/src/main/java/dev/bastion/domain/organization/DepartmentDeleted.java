package dev.bastion.domain.organization;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A department was deleted. */
public record DepartmentDeleted(DeptId department) implements DomainEvent {

    public DepartmentDeleted {
        Objects.requireNonNull(department, "department");
    }

    @Override
    public UUID subject() {
        return department.value();
    }
}
