package dev.bastion.application.access;

import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.customRole;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static dev.bastion.application.testing.AccessFixtures.role;
import static dev.bastion.application.testing.AccessFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetUserAccessServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("super_admin", "*")
            .defineRole("editor", "system:user:*");
        private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final GetUserAccess userAccess = new GetUserAccessService(store.grants(), users, departments, cache);

    // Root ─┬─ Sales ─── Sales East ─── Sales East 1
    //       └─ Support
    private final DeptId sales = department(DeptId.ROOT, "Sales");
    private final DeptId salesEast = department(sales, "Sales East");
    private final DeptId salesEast1 = department(salesEast, "Sales East 1");
    private final DeptId support = department(DeptId.ROOT, "Support");

    private final UserId jane = register("jane", salesEast);

    private DeptId department(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        departments.add(department);
        return department.id();
    }

    private UserId register(String name, DeptId dept) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, NOW);
        users.add(user);
        return user.id();
    }

    private MenuId addMenu(MenuId parent, MenuType parentType, MenuDetails details) {
        Menu entry = Menu.create(MenuId.newId(), parent, parentType, details, NOW);
        store.menus().add(entry);
        return entry.id();
    }

    private void hold(UserId user, String code, RoleDetails details) {
        store.roles().add(Role.create(RoleId.newId(), new RoleCode(code), details, NOW));
        store.assignRole(user, code);
    }

    private static UUID someone() {
        return UUID.randomUUID();
    }

    @Test
    void a_user_may_do_what_the_roles_grant() {
        store.assignRole(jane, "editor");

        UserAccess granted = userAccess.of(jane);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().allows(new PermissionCode("system:user:create"))).isTrue();
        assertThat(granted.permissions().allows(new PermissionCode("system:role:create"))).isFalse();
    }

    @Test
    void super_admin_may_do_everything_everywhere() {
        store.assignRole(jane, "super_admin");

        UserAccess granted = userAccess.of(jane);

        assertThat(granted.permissions().allows(new PermissionCode("system:role:delete"))).isTrue();
        assertThat(granted.scope()).isEqualTo(RecordScope.everything(jane.value()));
    }

    @Test
    void a_user_without_roles_may_do_nothing_and_see_only_themself() {
        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none(jane));
    }

    @Test
    void an_unknown_or_deleted_user_has_no_access() {
        UserId nobody = UserId.newId();
        assertThat(userAccess.of(nobody)).isEqualTo(UserAccess.none(nobody));

        store.assignRole(jane, "super_admin");
        User loaded = users.findById(jane).orElseThrow();
        loaded.delete(NOW);
        users.update(loaded);

        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none(jane));
    }

    @Test
    void a_disabled_role_grants_nothing() {
        store.assignRole(jane, "editor");
        store.disableRole("editor");

        assertThat(userAccess.of(jane).permissions().allows(new PermissionCode("system:user:read"))).isFalse();
        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none(jane));
    }

    @Test
    void permissions_come_from_the_menu_entries_of_enabled_roles_only() {
        MenuId usersMenu = addMenu(null, null, menu("Users", "system:user:list"));
        MenuId add = addMenu(usersMenu, MenuType.MENU, button("Add", "system:user:create"));
        MenuId logs = addMenu(null, null, menu("Logs", "monitor:login-log:list"));
        hold(jane, "clerk", role(DataScope.SELF, usersMenu, add));
        hold(jane, "watcher", withStatus(role(DataScope.ALL, logs), RoleStatus.DISABLED));

        UserAccess granted = userAccess.of(jane);

        assertThat(granted.roles()).containsExactly("clerk");
        assertThat(granted.permissions().values()).containsExactly("system:user:create", "system:user:list");
        assertThat(granted.scope()).isEqualTo(RecordScope.onlyOwn(jane.value()));
    }

    @Test
    void a_disabled_menu_entry_grants_nothing() {
        MenuId usersMenu = addMenu(null, null, menu("Users", "system:user:list"));
        MenuId delete = addMenu(usersMenu, MenuType.MENU, button("Delete", "system:user:delete", MenuStatus.DISABLED));
        hold(jane, "clerk", role(DataScope.SELF, usersMenu, delete));

        assertThat(userAccess.of(jane).permissions().values()).containsExactly("system:user:list");
    }

    @Test
    void dept_and_children_covers_the_users_department_and_everything_below_it() {
        hold(jane, "lead", role(DataScope.DEPT_AND_CHILDREN));

        RecordScope scope = userAccess.of(jane).scope();

        assertThat(scope.depts()).containsExactlyInAnyOrder(salesEast, salesEast1);
        assertThat(scope.covers(salesEast1, someone())).isTrue();
        assertThat(scope.covers(sales, someone())).isFalse();
        assertThat(scope.covers(support, someone())).isFalse();
        assertThat(scope.ownRecords()).isFalse();
    }

    @Test
    void dept_covers_only_the_users_own_department() {
        hold(jane, "member", role(DataScope.DEPT));

        assertThat(userAccess.of(jane).scope().depts()).containsExactly(salesEast);
    }

    @Test
    void the_scopes_of_several_roles_are_united() {
        hold(jane, "lead", role(DataScope.DEPT_AND_CHILDREN));
        hold(jane, "support_view", customRole(Set.of(support)));
        hold(jane, "self", role(DataScope.SELF));

        RecordScope scope = userAccess.of(jane).scope();

        assertThat(scope.all()).isFalse();
        assertThat(scope.depts()).containsExactlyInAnyOrder(salesEast, salesEast1, support);
        assertThat(scope.ownRecords()).isTrue();
        assertThat(scope.covers(sales, jane.value())).isTrue();
        assertThat(scope.covers(sales, someone())).isFalse();
    }

    @Test
    void one_role_with_scope_all_is_enough() {
        hold(jane, "member", role(DataScope.DEPT));
        hold(jane, "viewer", role(DataScope.ALL));

        assertThat(userAccess.of(jane).scope()).isEqualTo(RecordScope.everything(jane.value()));
    }

    @Test
    void a_disabled_role_gives_no_scope() {
        hold(jane, "viewer", withStatus(role(DataScope.ALL), RoleStatus.DISABLED));

        assertThat(userAccess.of(jane).scope()).isEqualTo(RecordScope.onlyOwn(jane.value()));
    }

    @Test
    void the_scope_follows_the_users_department() {
        hold(jane, "lead", role(DataScope.DEPT_AND_CHILDREN));
        User loaded = users.findById(jane).orElseThrow();
        loaded.updateProfile(loaded.nickname(), null, null, sales, NOW);
        users.update(loaded);

        assertThat(userAccess.of(jane).scope().depts()).containsExactlyInAnyOrder(sales, salesEast, salesEast1);
    }

    @Test
    void repeated_checks_are_served_from_the_cache() {
        store.assignRole(jane, "editor");

        for (int i = 0; i < 5; i++) {
            assertThat(userAccess.of(jane).roles()).containsExactly("editor");
        }

        assertThat(cache.loads()).isEqualTo(1);
    }

    @Test
    void after_an_invalidation_the_change_is_read() {
        store.assignRole(jane, "editor");
        userAccess.of(jane);
        store.disableRole("editor");
        assertThat(userAccess.of(jane).roles()).as("still cached").containsExactly("editor");

        cache.invalidateAll();

        assertThat(userAccess.of(jane)).isEqualTo(UserAccess.none(jane));
    }
}
