package dev.bastion.application.organization;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DeptId;
import java.util.Objects;

/**
 * Changes a department read at {@code version} (a stale one is {@code VERSION_CONFLICT}); a new
 * {@code parentId} moves it, refused when that would make a cycle ({@code CONFLICT}). The department
 * must lie in the actor's data scope ({@code NOT_FOUND} otherwise); a move needs it, everything
 * under it and its parent in the scope ({@code FORBIDDEN} otherwise) and a new parent there too
 * ({@code parentId} named as invalid otherwise).
 */
public interface UpdateDepartment {

    Department update(UserId actor, Command command);

    record Command(DeptId id, DeptId parentId, DepartmentDetails details, long version) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(parentId, "parentId");
            Objects.requireNonNull(details, "details");
        }
    }
}
