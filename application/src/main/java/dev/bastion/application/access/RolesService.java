package dev.bastion.application.access;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.HashSet;
import java.util.Set;

/**
 * Roles: CRUD with their references checked and the {@link GrantGuard} asked first (nobody defines
 * a role granting more than they hold); what changed is told by the events the role records.
 */
public final class RolesService implements ListRoles, GetRole, CreateRole, UpdateRole, DeleteRole {

    private final RoleRepository roles;
    private final MenuRepository menus;
    private final DepartmentRepository departments;
    private final GetUserAccess userAccess;
    private final GrantGuard guard;
    private final Transactions transactions;
    private final Clock clock;

    public RolesService(RoleRepository roles, MenuRepository menus, DepartmentRepository departments,
                        GetUserAccess userAccess, GrantGuard guard, Transactions transactions,
                        Clock clock) {
        this.roles = roles;
        this.menus = menus;
        this.departments = departments;
        this.userAccess = userAccess;
        this.guard = guard;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<RoleView> list(RoleQuery query, PageRequest page) {
        return roles.find(query, page).map(RoleView::of);
    }

    @Override
    public RoleView get(RoleId id) {
        return RoleView.of(find(id));
    }

    private Role find(RoleId id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("role " + id));
    }

    @Override
    public RoleView create(UserId actor, CreateRole.Command command) {
        UserAccess acting = userAccess.of(actor);
        Role created = transactions.inTransaction(() -> {
            requireReferences(command.details(), Set.of(), acting);
            RoleId id = RoleId.newId();
            guard.requireMayChangeRole(acting, null, id, command.code(), command.details());
            Role role = Role.create(id, command.code(), command.details(), clock.now());
            roles.add(role);
            return role;
        });
        return RoleView.of(created);
    }

    @Override
    public RoleView update(UserId actor, UpdateRole.Command command) {
        UserAccess acting = userAccess.of(actor);
        Role updated = transactions.inTransaction(() -> {
            Role role = find(command.id());
            if (role.version() != command.version()) {
                throw new VersionConflictException("role " + command.id());
            }
            RoleCode code = command.code().applyTo(role.code());
            RoleDetails details = command.applyTo(role.details());
            requireReferences(details, role.details().deptIds(), acting);
            guard.requireMayChangeRole(acting, role, role.id(), code, details);
            role.describe(code, details, clock.now());
            return roles.update(role);
        });
        return RoleView.of(updated);
    }

    @Override
    public void delete(UserId actor, RoleId id) {
        UserAccess acting = userAccess.of(actor);
        transactions.inTransaction(() -> {
            Role role = find(id);
            guard.requireMayChangeRole(acting, role, role.id(), role.code(), null);
            role.delete(clock.now());
            if (roles.isHeld(id)) {
                throw ConflictException.ofState("users hold this role; take it from them first");
            }
            roles.update(role);
            return null;
        });
    }

    /**
     * Departments newly named outside the actor's scope are answered like unknown ones: their
     * existence is not told ({@code listed}, those the role names already, are the guard's to judge).
     */
    private void requireReferences(RoleDetails details, Set<DeptId> listed, UserAccess actor) {
        Set<DeptId> unknownDepts = new HashSet<>(departments.unknown(details.deptIds()));
        details.deptIds().stream().filter(dept -> !listed.contains(dept) && !actor.scope().coversDept(dept))
                .forEach(unknownDepts::add);
        if (!unknownDepts.isEmpty()) {
            throw new InvalidValueException("deptIds", "no such department: " + unknownDepts.iterator().next());
        }
        Set<MenuId> unknownMenus = menus.unknown(details.menuIds());
        if (!unknownMenus.isEmpty()) {
            throw new InvalidValueException("menuIds", "no such menu entry: " + unknownMenus.iterator().next());
        }
    }
}
