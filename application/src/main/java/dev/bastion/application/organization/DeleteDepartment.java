package dev.bastion.application.organization;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;

/**
 * Deletes a department in the actor's data scope ({@code NOT_FOUND} outside); refused
 * ({@code CONFLICT}) while it has children or members, and for the root.
 */
public interface DeleteDepartment {

    void delete(UserId actor, DeptId id);
}
