package dev.bastion.application.access;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Set;

/** Roles: CRUD with their references checked; every committed change is announced to all instances. */
public final class RolesService implements ListRoles, GetRole, CreateRole, UpdateRole, DeleteRole {

    private final RoleRepository roles;
    private final MenuRepository menus;
    private final DepartmentRepository departments;
    private final Transactions transactions;
    private final AccessChanges accessChanges;
    private final Clock clock;

    public RolesService(RoleRepository roles, MenuRepository menus, DepartmentRepository departments,
                        Transactions transactions, AccessChanges accessChanges, Clock clock) {
        this.roles = roles;
        this.menus = menus;
        this.departments = departments;
        this.transactions = transactions;
        this.accessChanges = accessChanges;
        this.clock = clock;
    }

    @Override
    public Page<Role> list(RoleQuery query, PageRequest page) {
        return roles.find(query, page);
    }

    @Override
    public Role get(RoleId id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException("role " + id));
    }

    @Override
    public Role create(CreateRole.Command command) {
        Role created = transactions.inTransaction(() -> {
            requireReferences(command.details());
            Role role = Role.create(RoleId.newId(), command.code(), command.details(), clock.now());
            roles.add(role);
            return role;
        });
        accessChanges.announce();
        return created;
    }

    @Override
    public Role update(UpdateRole.Command command) {
        Role updated = transactions.inTransaction(() -> {
            Role role = get(command.id());
            if (role.version() != command.version()) {
                throw new VersionConflictException("role " + command.id());
            }
            requireReferences(command.details());
            role.describe(command.code(), command.details(), clock.now());
            return roles.update(role);
        });
        accessChanges.announce();
        return updated;
    }

    @Override
    public void delete(RoleId id) {
        transactions.inTransaction(() -> {
            Role role = get(id);
            role.delete(clock.now());
            if (roles.isHeld(id)) {
                throw ConflictException.ofState("users hold this role; take it from them first");
            }
            roles.update(role);
            return null;
        });
        accessChanges.announce();
    }

    private void requireReferences(RoleDetails details) {
        Set<DeptId> unknownDepts = departments.unknown(details.deptIds());
        if (!unknownDepts.isEmpty()) {
            throw new InvalidValueException("deptIds", "no such department: " + unknownDepts.iterator().next());
        }
        Set<MenuId> unknownMenus = menus.unknown(details.menuIds());
        if (!unknownMenus.isEmpty()) {
            throw new InvalidValueException("menuIds", "no such menu entry: " + unknownMenus.iterator().next());
        }
    }
}
