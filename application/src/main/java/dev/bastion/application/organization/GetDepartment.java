package dev.bastion.application.organization;

import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DeptId;

/** One department; {@code NOT_FOUND} when there is none. */
public interface GetDepartment {

    Department get(DeptId id);
}
