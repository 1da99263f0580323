package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.modules.EnabledModules;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link AccessGrants} on PostgreSQL: a user's roles and permissions come from one query, their data
 * scopes from another; disabled and deleted roles and menu entries, the entries of a business module
 * switched off, and deleted users, grant nothing.
 */
@Singleton
final class JdbcAccessGrants implements AccessGrants {

    private final RoleRowRepository roles;
    private final EnabledModules modules;

    JdbcAccessGrants(RoleRowRepository roles, EnabledModules modules) {
        this.roles = roles;
        this.modules = modules;
    }

    @Override
    public RoleGrants grantsOf(UserId user) {
        List<RoleGrantRow> grants = roles.findGrantsOf(user.value(), modules.namesForQueries());
        if (grants.isEmpty()) {
            return RoleGrants.none();
        }
        List<String> codes = grants.stream().map(RoleGrantRow::role).distinct().sorted().toList();
        PermissionSet permissions = PermissionSet.of(grants.stream()
                .map(RoleGrantRow::permission)
                .filter(Objects::nonNull)
                .map(PermissionCode::new)
                .toList());
        return new RoleGrants(codes, permissions, scopesOf(user));
    }

    /** One grant per enabled role, its CUSTOM departments gathered from the joined rows. */
    private List<ScopeGrant> scopesOf(UserId user) {
        Map<UUID, DataScope> scopes = new LinkedHashMap<>();
        Map<UUID, Set<DeptId>> depts = new HashMap<>();
        for (RoleScopeRow row : roles.findScopesOf(user.value())) {
            scopes.put(row.roleId(), DataScope.valueOf(row.dataScope()));
            if (row.deptId() != null) {
                depts.computeIfAbsent(row.roleId(), role -> new HashSet<>()).add(new DeptId(row.deptId()));
            }
        }
        List<ScopeGrant> grants = new ArrayList<>();
        scopes.forEach((role, scope) -> grants.add(new ScopeGrant(scope, depts.getOrDefault(role, Set.of()))));
        return grants;
    }

    @Override
    public Set<MenuId> menusGrantedTo(UserId user) {
        return roles.findMenusGrantedTo(user.value(), modules.namesForQueries()).stream().map(MenuId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<PermissionCode> permissionsGrantedBy(RoleId role) {
        return roles.findOwnPermissions(role.value()).stream().map(PermissionCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }
}
