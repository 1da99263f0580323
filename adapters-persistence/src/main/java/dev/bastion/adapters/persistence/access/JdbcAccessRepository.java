package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AccessRepository} on PostgreSQL: a user's roles and permissions come from one query,
 * their data scopes from another; disabled and deleted roles and menu entries, and deleted users,
 * grant nothing.
 */
@Singleton
final class JdbcAccessRepository implements AccessRepository {

    private final RoleRowRepository roles;

    JdbcAccessRepository(RoleRowRepository roles) {
        this.roles = roles;
    }

    @Override
    public RoleGrants grantsOf(UserId user) {
        List<RoleGrantRow> grants = roles.findGrantsOf(user.value());
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
        return roles.findMenusGrantedTo(user.value()).stream().map(MenuId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void assignRole(UserId user, String roleCode) {
        UUID role = roles.findLiveIdByCode(roleCode)
                .orElseThrow(() -> new NotFoundException("role " + roleCode));
        try {
            roles.assign(user.value(), role);
        } catch (DataAccessException e) {
            throw ForeignKeyViolation.constraintOf(e)
                    .<RuntimeException>map(constraint -> switch (constraint) {
                        case "user_roles_user_id_fkey" -> new NotFoundException("user " + user);
                        case "user_roles_role_id_fkey" -> new NotFoundException("role " + roleCode);
                        default -> e;
                    })
                    .orElse(e);
        }
    }

    @Override
    public List<UserId> enabledHoldersOf(String roleCode) {
        return roles.findEnabledHolders(roleCode).stream().map(UserId::new).toList();
    }

    @Override
    public List<UUID> roleIdsOf(UserId user) {
        return roles.findRoleIdsOf(user.value());
    }

    @Override
    public Set<UUID> unknownRoles(Set<UUID> roleIds) {
        if (roleIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> unknown = new HashSet<>(roleIds);
        roles.findLiveIds(roleIds).forEach(unknown::remove);
        return unknown;
    }

    @Override
    public void replaceRoles(UserId user, Set<UUID> roleIds) {
        roles.removeAllOf(user.value());
        roleIds.forEach(role -> roles.assign(user.value(), role));
    }

    @Override
    public Optional<UUID> roleIdOf(String code) {
        return roles.findLiveIdByCode(code);
    }
}
