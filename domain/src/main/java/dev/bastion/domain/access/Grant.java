package dev.bastion.domain.access;

import java.util.Objects;

/**
 * What a role gives one holder: every permission it carries (its own and those of its menu
 * entries, enabled or not: a disabled entry can be enabled later) and its data scope.
 */
public record Grant(PermissionSet permissions, ScopeGrant scope) {

    public Grant {
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(scope, "scope");
    }
}
