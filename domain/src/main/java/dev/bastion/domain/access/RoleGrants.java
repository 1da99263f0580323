package dev.bastion.domain.access;

import java.util.List;

/**
 * What a user's enabled roles grant, as stored: their codes, the permissions of the roles and
 * of their enabled menu entries, and each role's data scope (resolved into an
 * {@link dev.bastion.domain.organization.RecordScope} with the department tree).
 */
public record RoleGrants(List<String> roles, PermissionSet permissions, List<ScopeGrant> scopes) {

    public RoleGrants {
        roles = List.copyOf(roles);
        scopes = List.copyOf(scopes);
    }

    public static RoleGrants none() {
        return new RoleGrants(List.of(), PermissionSet.of(List.of()), List.of());
    }
}
