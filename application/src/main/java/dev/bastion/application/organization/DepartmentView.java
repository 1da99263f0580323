package dev.bastion.application.organization;

import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import java.time.Instant;

/**
 * A department as read: a read model, so that no adapter needs the {@code Department} aggregate.
 * {@code parentId} is null for the root only; {@code leader}, {@code phone} and {@code email} may be null.
 */
public record DepartmentView(DeptId id, DeptId parentId, String name, int sort, String leader, String phone,
                             String email, DepartmentStatus status, long version, Instant createdAt,
                             Instant updatedAt) {

    public static DepartmentView of(Department department) {
        DepartmentDetails d = department.details();
        return new DepartmentView(department.id(), department.parentId().orElse(null), d.name(), d.sort(),
                d.leader(), d.phone(), d.email() == null ? null : d.email().value(), d.status(), department.version(),
                department.createdAt(), department.updatedAt());
    }
}
