package dev.bastion.domain.organization;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A department was added. */
public record DepartmentCreated(DeptId department) implements DomainEvent {

    public DepartmentCreated {
        Objects.requireNonNull(department, "department");
    }

    @Override
    public UUID subject() {
        return department.value();
    }
}
