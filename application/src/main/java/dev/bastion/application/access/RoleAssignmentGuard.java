package dev.bastion.application.access;

import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Nobody hands out more than they hold: an actor may give a role to a user, or take it away, only
 * when their own permissions cover every permission of the role and their own data scope covers
 * the records the role would let its holder see. Otherwise an administrator limited to one
 * department could make themself (or a friend) a super administrator.
 */
public final class RoleAssignmentGuard {

    private final RoleRepository roles;
    private final MenuRepository menus;
    private final DepartmentRepository departments;

    public RoleAssignmentGuard(RoleRepository roles, MenuRepository menus, DepartmentRepository departments) {
        this.roles = roles;
        this.menus = menus;
        this.departments = departments;
    }

    /**
     * Refuses ({@code FORBIDDEN}) when {@code actor} may not give or take one of {@code roleIds}
     * for a user of department {@code targetDept}. Unknown role ids are the caller's check.
     */
    public void requireAssignable(UserAccess actor, DeptId targetDept, Set<UUID> roleIds) {
        requireAssignable(actor, Map.of(targetDept, roleIds));
    }

    /**
     * The same for many users at once (an import): {@code roleIdsByDept} gives, per target
     * department, the roles given there. Menus and each role are read once for all of them.
     */
    public void requireAssignable(UserAccess actor, Map<DeptId, Set<UUID>> roleIdsByDept) {
        if (actor.permissions().allows(PermissionCode.ALL)
                || roleIdsByDept.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        List<Menu> entries = menus.findAll();
        Map<UUID, Optional<Role>> roleCache = new HashMap<>();
        roleIdsByDept.forEach((targetDept, roleIds) -> {
            for (UUID id : roleIds) {
                roleCache.computeIfAbsent(id, key -> roles.findById(new RoleId(key))).ifPresent(role -> {
                    if (!coversPermissions(actor, role, entries) || !coversScope(actor.scope(), role, targetDept)) {
                        throw AccessDeniedException.forbidden("you cannot give or take the role '" + role.code()
                                + "': it grants more than you hold");
                    }
                });
            }
        });
    }

    private static boolean coversPermissions(UserAccess actor, Role role, List<Menu> entries) {
        if (role.isSuperAdmin()) {
            return false;
        }
        return entries.stream()
                .filter(entry -> role.details().menuIds().contains(entry.id()))
                .filter(entry -> entry.details().status() == MenuStatus.ENABLED)
                .map(entry -> entry.details().permission())
                .filter(permission -> permission != null)
                .allMatch(permission -> actor.permissions().allows(permission));
    }

    private boolean coversScope(RecordScope actor, Role role, DeptId targetDept) {
        if (actor.all()) {
            return true;
        }
        return switch (role.details().dataScope()) {
            case ALL -> false;
            case SELF -> true;
            case DEPT -> actor.coversDept(targetDept);
            case DEPT_AND_CHILDREN -> departments.subtreesOf(Set.of(targetDept)).stream().allMatch(actor::coversDept);
            case CUSTOM -> role.details().deptIds().stream().allMatch(actor::coversDept);
        };
    }
}
