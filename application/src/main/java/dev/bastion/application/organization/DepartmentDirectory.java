package dev.bastion.application.organization;

import dev.bastion.domain.organization.DeptId;

/**
 * Whether a department exists (not deleted): the one question about departments the core publishes
 * to business modules, for the records a department owns. Read only, by construction.
 */
public interface DepartmentDirectory {

    boolean exists(DeptId id);
}
