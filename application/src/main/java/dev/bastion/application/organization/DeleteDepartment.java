package dev.bastion.application.organization;

import dev.bastion.domain.organization.DeptId;

/** Deletes a department; refused ({@code CONFLICT}) while it has children or members, and for the root. */
public interface DeleteDepartment {

    void delete(DeptId id);
}
