package dev.bastion.application.access;

import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.Grant;
import dev.bastion.domain.access.GrantPolicy;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AccessDeniedException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the {@link GrantPolicy} to what is stored: reads the roles, menu entries and holders an
 * operation touches, and refuses ({@code FORBIDDEN}) whatever would let the actor grant, widen or
 * take over more than they hold. Every use case that changes roles, menu entries, users or
 * departments asks it first.
 */
public final class GrantGuard {

    private final RoleRepository roles;
    private final MenuRepository menus;
    private final AccessGrants grants;
    private final RoleHoldings holdings;
    private final DepartmentRepository departments;

    public GrantGuard(RoleRepository roles, MenuRepository menus, AccessGrants grants, RoleHoldings holdings,
                      DepartmentRepository departments) {
        this.roles = roles;
        this.menus = menus;
        this.grants = grants;
        this.holdings = holdings;
        this.departments = departments;
    }

    /** The policy as it applies to {@code actor}, on the department tree as it stands. */
    public GrantPolicy policyFor(UserAccess actor) {
        return new GrantPolicy(actor, departments::subtreesOf);
    }

    /**
     * Refuses when {@code actor} may not give or take one of {@code roleIds} for a user of
     * department {@code targetDept}. Unknown role ids are the caller's check.
     */
    public void requireAssignable(UserAccess actor, DeptId targetDept, Set<UUID> roleIds) {
        requireAssignable(actor, Map.of(targetDept, roleIds));
    }

    /**
     * The same for many users at once (an import): {@code roleIdsByDept} gives, per target
     * department, the roles given there. Menus and each role are read once for all of them.
     */
    public void requireAssignable(UserAccess actor, Map<DeptId, Set<UUID>> roleIdsByDept) {
        if (holdsEverything(actor) || roleIdsByDept.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        GrantPolicy policy = policyFor(actor);
        Map<MenuId, PermissionCode> entries = entryPermissions();
        Map<UUID, Optional<Role>> found = new HashMap<>();
        roleIdsByDept.forEach((dept, roleIds) -> roleIds.forEach(id ->
                found.computeIfAbsent(id, key -> roles.findById(new RoleId(key))).ifPresent(role -> {
                    if (!policy.mayGrant(grantOf(role.id(), role.details(), entries), Set.of(dept))) {
                        throw AccessDeniedException.forbidden("you cannot give or take the role '" + role.code()
                                + "': it grants more than you hold");
                    }
                })));
    }

    /**
     * Refuses when {@code user} (of department {@code dept}) holds a role the actor could not give
     * them: such a user is out of the actor's reach, whatever the operation.
     */
    public void requireReachable(UserAccess actor, UserId user, DeptId dept) {
        if (holdsEverything(actor)) {
            return;
        }
        GrantPolicy policy = policyFor(actor);
        Map<MenuId, PermissionCode> entries = entryPermissions();
        for (RoleId id : holdings.rolesOf(user)) {
            roles.findById(id).ifPresent(role -> {
                if (!policy.mayGrant(grantOf(role.id(), role.details(), entries), Set.of(dept))) {
                    throw AccessDeniedException.forbidden("this user holds the role '" + role.code()
                            + "', which grants more than you hold: only someone who holds all of it may act on them");
                }
            });
        }
    }

    /**
     * Refuses creating ({@code before} null), changing or deleting ({@code after} null) a role
     * unless what it grants before and after, to each of its holders, is within the actor's.
     */
    public void requireMayChangeRole(UserAccess actor, Role before, RoleId id, RoleCode code, RoleDetails after) {
        if (holdsEverything(actor)) {
            return;
        }
        GrantPolicy policy = policyFor(actor);
        Map<MenuId, PermissionCode> entries = entryPermissions();
        Set<DeptId> holders = before == null ? Set.of() : holdings.departmentsOfHolders(id);
        if (before != null) {
            policy.requireMayGrant(before.code().value(), grantOf(id, before.details(), entries), holders);
        }
        if (after != null) {
            policy.requireMayGrant(code.value(), grantOf(id, after, entries), holders);
        }
    }

    /**
     * Refuses creating ({@code before} null), changing or deleting ({@code after} null) a menu
     * entry whose permission, before or after, the actor does not hold. A change of its permission
     * or status changes what every role granting it grants, so each of those roles must be within
     * the actor's reach too, before and after.
     */
    public void requireMayChangeEntry(UserAccess actor, Menu before, MenuDetails after) {
        if (holdsEverything(actor)) {
            return;
        }
        GrantPolicy policy = policyFor(actor);
        if (before != null && before.details().permission() != null) {
            policy.requireHolds(before.details().permission(), "the menu entry");
        }
        if (after != null && after.permission() != null) {
            policy.requireHolds(after.permission(), "the menu entry");
        }
        if (before == null || after == null || !changesGrants(before.details(), after)) {
            return;
        }
        Map<MenuId, PermissionCode> entriesBefore = entryPermissions();
        Map<MenuId, PermissionCode> entriesAfter = new HashMap<>(entriesBefore);
        entriesAfter.remove(before.id());
        if (after.permission() != null) {
            entriesAfter.put(before.id(), after.permission());
        }
        for (Role role : roles.findGranting(before.id())) {
            Set<DeptId> holders = holdings.departmentsOfHolders(role.id());
            policy.requireMayGrant(role.code().value(), grantOf(role.id(), role.details(), entriesBefore), holders);
            policy.requireMayGrant(role.code().value(), grantOf(role.id(), role.details(), entriesAfter), holders);
        }
    }

    private static boolean changesGrants(MenuDetails before, MenuDetails after) {
        return !Objects.equals(before.permission(), after.permission()) || before.status() != after.status();
    }

    /** Someone holding {@code *} with scope ALL passes every check: the reads are skipped. */
    private static boolean holdsEverything(UserAccess actor) {
        return actor.scope().all() && actor.permissions().allows(PermissionCode.ALL);
    }

    /** The permission of each live menu entry that carries one, enabled or not. */
    private Map<MenuId, PermissionCode> entryPermissions() {
        Map<MenuId, PermissionCode> permissions = new HashMap<>();
        for (Menu entry : menus.findAll()) {
            if (entry.details().permission() != null) {
                permissions.put(entry.id(), entry.details().permission());
            }
        }
        return permissions;
    }

    /** What role {@code id} with {@code details} gives a holder: its own permissions and its entries'. */
    private Grant grantOf(RoleId id, RoleDetails details, Map<MenuId, PermissionCode> entries) {
        Set<PermissionCode> codes = new HashSet<>(grants.permissionsGrantedBy(id));
        if (id.equals(RoleId.SUPER_ADMIN)) {
            codes.add(PermissionCode.ALL);
        }
        details.menuIds().stream().map(entries::get).filter(Objects::nonNull).forEach(codes::add);
        return new Grant(PermissionSet.of(codes), new ScopeGrant(details.dataScope(), details.deptIds()));
    }
}
