package dev.bastion.application.access;

import dev.bastion.domain.access.RoleId;

/** Deletes a role nobody holds ({@code CONFLICT} otherwise); never the super administrator role. */
public interface DeleteRole {

    void delete(RoleId id);
}
