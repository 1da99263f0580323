package dev.bastion.application.organization;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;

/** One department; {@code NOT_FOUND} when there is none or it lies outside the actor's data scope. */
public interface GetDepartment {

    DepartmentView get(UserId actor, DeptId id);
}
