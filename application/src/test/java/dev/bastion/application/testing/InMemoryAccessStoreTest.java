package dev.bastion.application.testing;

import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.customRole;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static dev.bastion.application.testing.AccessFixtures.role;
import static dev.bastion.application.testing.AccessFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemoryAccessStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("auditor", "system:log:read")
            .defineRole("editor", "system:user:read", "system:user:update");
    private final UserId jane = register("jane");

    private UserId register(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, NOW);
        users.add(user);
        return user.id();
    }

    private MenuId addMenu(MenuId parent, MenuType parentType, MenuDetails details) {
        Menu entry = Menu.create(MenuId.newId(), parent, parentType, details, NOW);
        store.menus().add(entry);
        return entry.id();
    }

    private Role addRole(String code, RoleDetails details) {
        Role role = Role.create(RoleId.newId(), new RoleCode(code), details, NOW);
        store.roles().add(role);
        return role;
    }

    @Test
    void a_user_without_roles_has_no_grants() {
        assertThat(store.grants().grantsOf(jane)).isEqualTo(RoleGrants.none());
        assertThat(store.grants().menusGrantedTo(jane)).isEmpty();
    }

    @Test
    void an_assigned_role_grants_its_permissions_and_its_scope() {
        store.assignRole(jane, "editor");

        RoleGrants granted = store.grants().grantsOf(jane);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().values()).containsExactly("system:user:read", "system:user:update");
        assertThat(granted.scopes()).containsExactly(ScopeGrant.of(DataScope.SELF));
    }

    @Test
    void the_super_administrator_has_its_fixed_id_and_sees_everything() {
        store.defineRole("super_admin", "*");
        store.assignRole(jane, "super_admin");

        assertThat(store.roleLookup().idOf(RoleCode.SUPER_ADMIN)).contains(RoleId.SUPER_ADMIN);
        assertThat(store.grants().grantsOf(jane).scopes()).containsExactly(ScopeGrant.of(DataScope.ALL));
        assertThat(store.grants().grantsOf(jane).permissions().allows(new PermissionCode("system:role:delete"))).isTrue();
    }

    @Test
    void the_grants_of_several_roles_add_up() {
        store.assignRole(jane, "editor");
        store.assignRole(jane, "auditor");

        RoleGrants granted = store.grants().grantsOf(jane);

        assertThat(granted.roles()).containsExactly("auditor", "editor");
        assertThat(granted.permissions().allows(new PermissionCode("system:log:read"))).isTrue();
        assertThat(granted.permissions().allows(new PermissionCode("system:user:update"))).isTrue();
        assertThat(granted.scopes()).hasSize(2);
    }

    @Test
    void a_role_grants_the_permissions_of_its_enabled_menu_entries_and_lists_them_all() {
        MenuId users = addMenu(null, null, menu("Users", "system:user:list"));
        MenuId create = addMenu(users, MenuType.MENU, button("Add", "system:user:create"));
        MenuId delete = addMenu(users, MenuType.MENU, button("Delete", "system:user:delete", MenuStatus.DISABLED));
        MenuId home = addMenu(null, null, menu("Home", null));
        addRole("clerk", role(DataScope.DEPT, users, create, delete, home));
        store.assignRole(jane, "clerk");

        RoleGrants granted = store.grants().grantsOf(jane);

        assertThat(granted.permissions().values()).containsExactly("system:user:create", "system:user:list");
        assertThat(granted.scopes()).containsExactly(ScopeGrant.of(DataScope.DEPT));
        assertThat(store.grants().menusGrantedTo(jane)).containsExactlyInAnyOrder(users, create, delete, home);
    }

    @Test
    void a_custom_scope_comes_with_its_departments() {
        DeptId sales = DeptId.newId();
        addRole("sales_view", customRole(Set.of(sales)));
        store.assignRole(jane, "sales_view");

        assertThat(store.grants().grantsOf(jane).scopes()).containsExactly(new ScopeGrant(DataScope.CUSTOM, Set.of(sales)));
    }

    @Test
    void a_changed_role_is_read_at_once() {
        MenuId users = addMenu(null, null, menu("Users", "system:user:list"));
        Role clerk = addRole("clerk", role(DataScope.DEPT));
        store.assignRole(jane, "clerk");

        Role loaded = store.roles().findById(clerk.id()).orElseThrow();
        loaded.describe(loaded.code(), role(DataScope.ALL, users), NOW);
        store.roles().update(loaded);

        assertThat(store.grants().grantsOf(jane).permissions().values()).containsExactly("system:user:list");
        assertThat(store.grants().grantsOf(jane).scopes()).containsExactly(ScopeGrant.of(DataScope.ALL));
    }

    @Test
    void assigning_a_role_twice_changes_nothing() {
        store.assignRole(jane, "editor");
        store.assignRole(jane, "editor");

        assertThat(store.grants().grantsOf(jane).roles()).containsExactly("editor");
        assertThat(store.roleIdsOf(jane)).hasSize(1);
    }

    @Test
    void an_unknown_role_cannot_be_assigned() {
        assertThatThrownBy(() -> store.assignRole(jane, "nobody")).isInstanceOf(NotFoundException.class);
        assertThat(store.grants().grantsOf(jane)).isEqualTo(RoleGrants.none());
    }

    @Test
    void a_disabled_role_grants_nothing_but_is_still_held() {
        MenuId users = addMenu(null, null, menu("Users", "system:user:list"));
        Role clerk = addRole("clerk", withStatus(role(DataScope.ALL, users), RoleStatus.DISABLED));
        store.assignRole(jane, "clerk");
        store.assignRole(jane, "editor");
        store.disableRole("editor");

        assertThat(store.grants().grantsOf(jane)).isEqualTo(RoleGrants.none());
        assertThat(store.grants().menusGrantedTo(jane)).isEmpty();
        assertThat(store.roleIdsOf(jane)).contains(clerk.id().value()).hasSize(2);
    }

    @Test
    void a_deleted_role_is_unknown_and_grants_nothing() {
        Role clerk = addRole("clerk", role(DataScope.ALL));
        Role loaded = store.roles().findById(clerk.id()).orElseThrow();
        loaded.delete(NOW);
        store.roles().update(loaded);

        assertThat(store.roleLookup().idOf(new RoleCode("clerk"))).isEmpty();
        assertThat(store.roleLookup().unknown(Set.of(clerk.id()))).containsExactly(clerk.id());
        assertThatThrownBy(() -> store.assignRole(jane, "clerk")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_deleted_user_holds_nothing() {
        store.assignRole(jane, "editor");
        User loaded = users.findById(jane).orElseThrow();
        loaded.delete(NOW);
        users.update(loaded);

        assertThat(store.grants().grantsOf(jane)).isEqualTo(RoleGrants.none());
        assertThat(store.roleIdsOf(jane)).isEmpty();
        assertThat(store.holdings().enabledHoldersOf(new RoleCode("editor"))).isEmpty();
    }

    @Test
    void enabled_holders_leave_out_disabled_users() {
        UserId john = register("john");
        store.assignRole(jane, "editor");
        store.assignRole(john, "editor");
        User loaded = users.findById(john).orElseThrow();
        loaded.disable(NOW);
        users.update(loaded);

        assertThat(store.holdings().enabledHoldersOf(new RoleCode("editor"))).containsExactly(jane);
        assertThat(store.holdings().enabledHoldersOf(new RoleCode("nobody"))).isEmpty();
    }

    @Test
    void roles_are_replaced_by_id_and_unknown_ids_are_told() {
        UUID editor = store.idOf("editor");
        UUID auditor = store.idOf("auditor");
        UUID missing = UUID.randomUUID();
        store.assignRole(jane, "editor");

        store.replaceRoles(jane, Set.of(auditor));

        assertThat(store.roleIdsOf(jane)).containsExactly(auditor);
        assertThat(store.roleLookup().unknown(Set.of(new RoleId(editor), new RoleId(auditor), new RoleId(missing)))).containsExactly(new RoleId(missing));
        assertThatThrownBy(() -> store.replaceRoles(jane, Set.of(missing)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.roleIdsOf(jane)).containsExactly(auditor);
    }

    @Test
    void roles_are_per_user() {
        store.assignRole(jane, "editor");

        assertThat(store.grants().grantsOf(register("john")).roles()).isEmpty();
    }

    @Test
    void a_store_without_users_counts_every_holder() {
        InMemoryAccessStore alone = new InMemoryAccessStore().defineRole("editor", "system:user:read");
        UserId anyone = UserId.newId();
        alone.assignRole(anyone, "editor");

        assertThat(alone.grants().grantsOf(anyone).roles()).containsExactly("editor");
        assertThat(alone.holdings().enabledHoldersOf(new RoleCode("editor"))).containsExactly(anyone);
    }

    @Test
    void a_roles_own_permissions_are_those_it_was_defined_with() {
        RoleId editor = new RoleId(store.idOf("editor"));

        assertThat(store.grants().permissionsGrantedBy(editor)).containsExactlyInAnyOrder(
                new PermissionCode("system:user:read"), new PermissionCode("system:user:update"));
        assertThat(store.grants().permissionsGrantedBy(RoleId.newId())).isEmpty();
    }

    @Test
    void the_departments_of_a_roles_existing_holders_are_known() {
        DeptId north = DeptId.newId();
        User northerner = User.register(UserId.newId(), new Username("north"), null, null, null, north,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, NOW);
        users.add(northerner);
        UserId gone = register("gone");
        store.assignRole(jane, "editor");
        store.assignRole(northerner.id(), "editor");
        store.assignRole(gone, "editor");
        User leaving = users.findById(gone).orElseThrow();
        leaving.delete(NOW);
        users.update(leaving);

        assertThat(store.holdings().departmentsOfHolders(new RoleId(store.idOf("editor")))).containsExactlyInAnyOrder(DeptId.ROOT, north);
        assertThat(store.holdings().departmentsOfHolders(new RoleId(store.idOf("auditor")))).isEmpty();
    }
}
