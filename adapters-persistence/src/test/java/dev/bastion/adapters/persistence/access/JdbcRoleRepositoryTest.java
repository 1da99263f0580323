package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
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
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcRoleRepositoryTest extends PostgresTest {

    private static final MenuId USERS = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000101"));
    private static final MenuId CREATE_USER = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000111"));
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    RoleRepository roles;
    @Inject
    MenuRepository menus;
    @Inject
    DepartmentRepository departments;
    @Inject
    JdbcOperations jdbc;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void theBuiltInRolesAreThere() {
        Page<Role> page = roles.find(RoleQuery.any(), new PageRequest(1, 100));

        assertThat(page.items()).extracting(r -> r.code().value()).startsWith("super_admin", "admin", "user");
        Role admin = page.items().get(1);
        assertThat(admin.details().dataScope()).isEqualTo(DataScope.ALL);
        assertThat(admin.details().menuIds()).contains(USERS, CREATE_USER);
        assertThat(page.items().get(2).details().dataScope()).isEqualTo(DataScope.SELF);
        assertThat(roles.findById(RoleId.SUPER_ADMIN)).get().extracting(r -> r.details().dataScope())
                .isEqualTo(DataScope.ALL);
    }

    /**
     * Each role of a page comes with exactly its own menu entries and departments (not another role's,
     * not an entry of a business module that is not running), and the page's total counts the live
     * roles matching, whichever page is read; a single role and the roles granting an entry likewise.
     */
    @Test
    void eachRoleOfAPageComesWithExactlyItsLinksAndThePageWithItsTotal() {
        MenuId first = screen("first");
        MenuId second = screen("second");
        MenuId ofAModuleOff = screen("ghostly");
        connections.executeWrite(status -> jdbc.prepareStatement("UPDATE menus SET module = 'ghost' WHERE id = ?",
                statement -> {
                    statement.setObject(1, ofAModuleOff.value());
                    return statement.executeUpdate();
                }));
        DeptId north = department("north");
        DeptId south = department("south");
        Role wide = role("pagelinks_a", DataScope.CUSTOM, Set.of(north, south), first, second, ofAModuleOff);
        Role narrow = role("pagelinks_b", DataScope.SELF, Set.of(), second);
        Role bare = role("pagelinks_c", DataScope.CUSTOM, Set.of(south));
        Role gone = role("pagelinks_d", DataScope.SELF, Set.of(), first);
        Role deleted = roles.findById(gone.id()).orElseThrow();
        deleted.delete(NOW);
        roles.update(deleted);
        RoleQuery ours = new RoleQuery("pagelinks_", null);

        Page<Role> one = roles.find(ours, new PageRequest(1, 2));
        Page<Role> two = roles.find(ours, new PageRequest(2, 2));
        Page<Role> past = roles.find(ours, new PageRequest(5, 2));

        assertThat(one.items()).extracting(Role::id).containsExactly(wide.id(), narrow.id());
        assertThat(two.items()).extracting(Role::id).containsExactly(bare.id());
        assertThat(past.items()).isEmpty();
        assertThat(List.of(one.total(), two.total(), past.total())).containsOnly(3L);
        assertLinks(one.items().get(0), Set.of(first, second), Set.of(north, south));
        assertLinks(one.items().get(1), Set.of(second), Set.of());
        assertLinks(two.items().get(0), Set.of(), Set.of(south));
        assertLinks(roles.findById(wide.id()).orElseThrow(), Set.of(first, second), Set.of(north, south));
        assertThat(roles.findById(gone.id())).isEmpty();
        assertThat(roles.findGranting(second)).extracting(Role::id).containsExactly(wide.id(), narrow.id());
        assertLinks(roles.findGranting(second).get(1), Set.of(second), Set.of());
        assertThat(roles.findGranting(first)).extracting(Role::id).containsExactly(wide.id());
        assertThat(roles.find(new RoleQuery("pagelinks_", RoleStatus.DISABLED), new PageRequest(1, 2)).total())
                .isZero();
    }

    private static void assertLinks(Role role, Set<MenuId> menuIds, Set<DeptId> deptIds) {
        assertThat(role.details().menuIds()).as("menu entries of " + role.code()).isEqualTo(menuIds);
        assertThat(role.details().deptIds()).as("departments of " + role.code()).isEqualTo(deptIds);
    }

    private Role role(String code, DataScope scope, Set<DeptId> depts, MenuId... entries) {
        Role role = Role.create(RoleId.newId(), new RoleCode(code),
                new RoleDetails("Links " + code, 0, RoleStatus.ENABLED, scope, depts, Set.of(entries)), NOW);
        roles.add(role);
        return role;
    }

    private MenuId screen(String name) {
        String slug = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Menu entry = Menu.create(MenuId.newId(), null, null, new MenuDetails(slug, MenuType.MENU, slug, "links/" + slug,
                new PermissionCode("links:" + slug + ":read"), null, 0, true, MenuStatus.ENABLED), NOW);
        menus.add(entry);
        return entry.id();
    }

    private DeptId department(String name) {
        Department dept = Department.create(DeptId.newId(), DeptId.ROOT, new DepartmentDetails(name + "-"
                + UUID.randomUUID().toString().substring(0, 8), 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        departments.add(dept);
        return dept.id();
    }
}
