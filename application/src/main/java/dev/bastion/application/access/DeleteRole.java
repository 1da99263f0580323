package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.RoleId;

/**
 * Deletes a role nobody holds ({@code CONFLICT} otherwise); never the super administrator role. The
 * actor must hold everything the role grants ({@code FORBIDDEN} otherwise).
 */
public interface DeleteRole {

    void delete(UserId actor, RoleId id);
}
