package dev.bastion.application.organization;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DeptId;
import java.util.Objects;

/**
 * A new department under an existing one in the actor's data scope ({@code parentId} must exist and
 * lie in the scope, else it is named as invalid).
 */
public interface CreateDepartment {

    DepartmentView create(UserId actor, Command command);

    record Command(DeptId parentId, DepartmentDetails details) {

        public Command {
            Objects.requireNonNull(parentId, "parentId");
            Objects.requireNonNull(details, "details");
        }
    }
}
