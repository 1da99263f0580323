package dev.bastion.domain.access;

import dev.bastion.domain.identity.UserId;
import java.util.Set;

/**
 * What roles grant: to a user through the roles it holds (read for every request, behind the access
 * cache), or by one role itself. Disabled and deleted roles grant nothing.
 */
public interface AccessGrants {

    /**
     * What the enabled roles of {@code user} grant: codes, permissions (the roles' own and those
     * of their enabled menu entries) and data scopes; none for an unknown or deleted user.
     */
    RoleGrants grantsOf(UserId user);

    /** The live menu entries the enabled roles of {@code user} grant (enabled or not); none for an unknown or deleted user. */
    Set<MenuId> menusGrantedTo(UserId user);

    /**
     * The permissions the role grants by itself, not through menu entries (the migrations give
     * {@code super_admin} its {@code *} so); none for an unknown role.
     */
    Set<PermissionCode> permissionsGrantedBy(RoleId role);
}
