package dev.bastion.application.testing.contract;

import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * The ports the access contracts drive, and the rows they need written through those same ports.
 * What every implementation starts with, as the migrations give it: the root department and the
 * {@code super_admin} role ({@link RoleId#SUPER_ADMIN}, granting {@code *} by itself). Anything else
 * the migrations add is not relied on; names carry a random suffix, so tests sharing one database
 * never meet.
 */
public record AccessWorld(UserRepository users, DepartmentRepository departments, RoleRepository roles,
                          MenuRepository menus, AccessGrants grants, RoleHoldings holdings, RoleLookup roleLookup) {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final PasswordHash HASH =
            new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    UserId user(String name) {
        return user(name, DeptId.ROOT);
    }

    UserId user(String name, DeptId dept) {
        User user = User.register(UserId.newId(), new Username(unique(name)), null, null, null, dept, HASH, false,
                NOW);
        users.add(user);
        return user.id();
    }

    void disable(UserId id) {
        User user = users.findById(id).orElseThrow();
        user.disable(NOW);
        users.update(user);
    }

    void delete(UserId id) {
        User user = users.findById(id).orElseThrow();
        user.delete(NOW);
        users.update(user);
    }

    DeptId department(String name) {
        Department dept = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails(unique(name), 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        departments.add(dept);
        return dept.id();
    }

    Role role(String code, RoleDetails details) {
        return role(RoleId.newId(), code, details);
    }

    Role role(RoleId id, String code, RoleDetails details) {
        Role role = Role.create(id, new RoleCode(unique(code)), details, NOW);
        roles.add(role);
        return role;
    }

    Role role(String code, MenuId... entries) {
        return role(code, details(RoleStatus.ENABLED, DataScope.SELF, Set.of(), entries));
    }

    static RoleDetails details(RoleStatus status, DataScope scope, Set<DeptId> depts, MenuId... entries) {
        return new RoleDetails("Contract role", 0, status, scope, depts, Set.of(entries));
    }

    void disable(Role role) {
        Role stored = roles.findById(role.id()).orElseThrow();
        RoleDetails d = stored.details();
        stored.describe(stored.code(), details(RoleStatus.DISABLED, d.dataScope(), d.deptIds(),
                d.menuIds().toArray(MenuId[]::new)), NOW);
        roles.update(stored);
    }

    void delete(Role role) {
        Role stored = roles.findById(role.id()).orElseThrow();
        stored.delete(NOW);
        roles.update(stored);
    }

    /** A top-level screen carrying a permission of its own. */
    MenuId screen(String name, MenuStatus status) {
        String slug = unique(name).replace('_', '-');
        MenuDetails details = new MenuDetails(slug, MenuType.MENU, slug, "contract/" + slug,
                new PermissionCode("contract:" + slug + ":read"), null, 0, true, status);
        Menu entry = Menu.create(MenuId.newId(), null, null, details, NOW);
        menus.add(entry);
        return entry.id();
    }

    PermissionCode permissionOf(MenuId entry) {
        return menus.findById(entry).orElseThrow().details().permission();
    }

    void delete(MenuId entry) {
        Menu stored = menus.findById(entry).orElseThrow();
        stored.delete(NOW);
        menus.update(stored);
    }
}
