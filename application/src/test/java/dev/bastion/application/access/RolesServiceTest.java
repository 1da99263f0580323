package dev.bastion.application.access;

import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.domain.access.RoleDeleted;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleCreated;
import dev.bastion.application.shared.FieldPatch;
import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.detailsOf;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RolesServiceTest {

    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(departments);
    private final InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("super_admin", "*");
        private final InMemoryAccessCache accessCache = new InMemoryAccessCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(accessCache));
    {
        departments.sendingEventsTo(events);
        users.sendingEventsTo(events);
        store.sendingEventsTo(events);
    }
    private final GetUserAccess userAccess = new GetUserAccessService(store.grants(), users, departments, accessCache);
    private final GrantGuard guard = new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments);
    private final RolesService roles = new RolesService(store.roles(), store.menus(), departments, userAccess, guard,
            new InMemoryTransactions(), clock);
    /** Who acts in the tests about roles themselves: a super administrator. */
    private final UserId admin = superAdministrator();

    private final DeptId sales = department("Sales");
    private final MenuId usersMenu = entry(null, null, menu("Users", "system:user:list"));
    private final MenuId addUser = entry(usersMenu, MenuType.MENU, button("Add", "system:user:create"));

    private DeptId department(String name) {
        Department department = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), clock.now());
        departments.add(department);
        return department.id();
    }

    private MenuId entry(MenuId parent, MenuType parentType, MenuDetails details) {
        Menu entry = Menu.create(MenuId.newId(), parent, parentType, details, clock.now());
        store.menus().add(entry);
        return entry.id();
    }

    private UserId register(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, clock.now());
        users.add(user);
        return user.id();
    }

    private UserId superAdministrator() {
        UserId id = register("admin");
        store.assignRole(id, "super_admin");
        return id;
    }

    private static RoleDetails details(String name, RoleStatus status, DataScope scope, Set<DeptId> depts,
                                       Set<MenuId> menus) {
        return new RoleDetails(name, 0, status, scope, depts, menus);
    }

    private static RoleDetails details(DataScope scope, MenuId... menus) {
        return details("Clerk", RoleStatus.ENABLED, scope, Set.of(), Set.of(menus));
    }

    private RoleView create(String code, RoleDetails details) {
        return roles.create(admin, new CreateRole.Command(new RoleCode(code), details));
    }

    private RoleView update(RoleView role, String code, RoleDetails details) {
        return roles.update(admin, UpdateRole.Command.everyField(role.id(), new RoleCode(code), details, role.version()));
    }

    private void assertRefusedOn(Class<? extends Exception> type, String field, Executable use) {
        int announcedBefore = events.count();
        assertThatThrownBy(use::execute).isInstanceOf(type).extracting("field").isEqualTo(field);
        assertThat(events.count()).isEqualTo(announcedBefore);
    }

    private void assertConflict(Executable use) {
        int announcedBefore = events.count();
        assertThatThrownBy(use::execute).isInstanceOf(ConflictException.class);
        assertThat(events.count()).isEqualTo(announcedBefore);
    }

    // --- create -----------------------------------------------------------------------------------------

    @Test
    void a_new_role_is_stored_with_its_departments_and_menu_entries() {
        RoleView created = create("sales_clerk", details("Sales clerk", RoleStatus.ENABLED, DataScope.CUSTOM,
                Set.of(sales), Set.of(usersMenu, addUser)));

        RoleView read = roles.get(created.id());
        assertThat(read.code()).isEqualTo("sales_clerk");
        assertThat(read.version()).isZero();
        assertThat(read.deptIds()).containsExactly(sales);
        assertThat(read.menuIds()).containsExactlyInAnyOrder(usersMenu, addUser);
        assertThat(events.last()).isEqualTo(new RoleCreated(created.id()));
    }

    @Test
    void a_code_in_use_is_a_conflict_on_code() {
        create("clerk", details(DataScope.SELF));

        assertRefusedOn(ConflictException.class, "code", () -> create("clerk", details(DataScope.ALL)));
        assertRefusedOn(ConflictException.class, "code", () -> create("super_admin", details(DataScope.ALL)));
    }

    @Test
    void unknown_departments_and_menu_entries_are_named_and_nothing_is_stored() {
        assertRefusedOn(InvalidValueException.class, "deptIds", () -> create("clerk", details("Clerk",
                RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales, DeptId.newId()), Set.of())));
        assertRefusedOn(InvalidValueException.class, "menuIds", () -> create("clerk",
                details(DataScope.SELF, usersMenu, MenuId.newId())));

        assertThat(roles.list(new RoleQuery("clerk", null), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_deleted_department_or_menu_entry_counts_as_unknown() {
        Department loaded = departments.findById(sales).orElseThrow();
        loaded.delete(clock.now());
        departments.update(loaded);
        Menu add = store.menus().findById(addUser).orElseThrow();
        add.delete(clock.now());
        store.menus().update(add);

        assertRefusedOn(InvalidValueException.class, "deptIds", () -> create("clerk", details("Clerk",
                RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales), Set.of())));
        assertRefusedOn(InvalidValueException.class, "menuIds", () -> create("clerk",
                details(DataScope.SELF, addUser)));
    }

    // --- read -------------------------------------------------------------------------------------------

    @Test
    void an_unknown_role_is_not_found() {
        assertThatThrownBy(() -> roles.get(RoleId.newId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_listing_filters_by_code_and_status() {
        create("clerk", details(DataScope.SELF));
        create("clerk_east", details("East", RoleStatus.DISABLED, DataScope.SELF, Set.of(), Set.of()));
        create("auditor", details(DataScope.ALL));

        assertThat(roles.list(new RoleQuery("CLERK", null), PageRequest.first(10)).items())
                .extracting(role -> role.code()).containsExactly("clerk", "clerk_east");
        assertThat(roles.list(new RoleQuery(null, RoleStatus.DISABLED), PageRequest.first(10)).items())
                .extracting(role -> role.code()).containsExactly("clerk_east");
        assertThat(roles.list(RoleQuery.any(), PageRequest.first(10)).total()).isEqualTo(4);
    }

    // --- update -----------------------------------------------------------------------------------------

    @Test
    void an_update_changes_code_and_details_and_the_next_version_is_expected() {
        RoleView clerk = create("clerk", details(DataScope.SELF));

        RoleView updated = update(clerk, "desk_clerk", details("Desk clerk", RoleStatus.DISABLED, DataScope.CUSTOM,
                Set.of(sales), Set.of(usersMenu)));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(roles.get(clerk.id()).code()).isEqualTo("desk_clerk");
        assertThat(roles.get(clerk.id()).menuIds()).containsExactly(usersMenu);
        assertThat(events.last()).isEqualTo(new RoleChanged(clerk.id()));
    }

    @Test
    void a_stale_version_is_a_conflict() {
        RoleView clerk = create("clerk", details(DataScope.SELF));
        update(clerk, "clerk", details(DataScope.DEPT));
        int announced = events.count();

        assertThatThrownBy(() -> update(clerk, "clerk", details(DataScope.ALL)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(roles.get(clerk.id()).dataScope()).isEqualTo(DataScope.DEPT);
        assertThat(events.count()).isEqualTo(announced);
    }

    @Test
    void an_update_with_unknown_references_or_a_code_in_use_is_refused() {
        RoleView clerk = create("clerk", details(DataScope.SELF));
        create("auditor", details(DataScope.ALL));

        assertRefusedOn(InvalidValueException.class, "deptIds", () -> update(clerk, "clerk", details("Clerk",
                RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(DeptId.newId()), Set.of())));
        assertRefusedOn(InvalidValueException.class, "menuIds", () -> update(clerk, "clerk",
                details(DataScope.SELF, MenuId.newId())));
        assertRefusedOn(ConflictException.class, "code", () -> update(clerk, "auditor", details(DataScope.SELF)));
        assertThat(roles.get(clerk.id()).version()).isZero();
    }

    @Test
    void updating_an_unknown_role_is_not_found() {
        Role ghost = Role.create(RoleId.newId(), new RoleCode("ghost"), details(DataScope.SELF), clock.now());

        assertThatThrownBy(() -> update(RoleView.of(ghost), "ghost", details(DataScope.SELF)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void holders_are_granted_the_new_menus_and_scope_of_an_updated_role() {
        UserId jane = register("jane");
        RoleView clerk = create("clerk", details(DataScope.SELF));
        store.assignRole(jane, "clerk");
        assertThat(userAccess.of(jane).permissions().values()).isEmpty();

        update(clerk, "clerk", details(DataScope.ALL, usersMenu, addUser));

        assertThat(userAccess.of(jane).permissions().values()).containsExactly("system:user:create",
                "system:user:list");
        assertThat(userAccess.of(jane).scope()).isEqualTo(RecordScope.everything(jane.value()));
    }

    // --- delete -----------------------------------------------------------------------------------------

    @Test
    void a_role_nobody_holds_is_deleted_and_its_code_is_free_again() {
        RoleView clerk = create("clerk", details(DataScope.SELF, usersMenu));

        roles.delete(admin, clerk.id());

        assertThatThrownBy(() -> roles.get(clerk.id())).isInstanceOf(NotFoundException.class);
        assertThat(store.menus().isGranted(usersMenu)).isFalse();
        assertThat(events.last()).isEqualTo(new RoleDeleted(clerk.id()));
        create("clerk", details(DataScope.SELF));
    }

    @Test
    void a_held_role_is_not_deleted_even_when_disabled() {
        RoleView clerk = create("clerk", details("Clerk", RoleStatus.DISABLED, DataScope.SELF, Set.of(), Set.of()));
        store.assignRole(register("jane"), "clerk");

        assertConflict(() -> roles.delete(admin, clerk.id()));
        assertThat(roles.get(clerk.id())).isNotNull();
    }

    @Test
    void a_role_held_only_by_deleted_users_is_deleted() {
        RoleView clerk = create("clerk", details(DataScope.SELF));
        UserId jane = register("jane");
        store.assignRole(jane, "clerk");
        User loaded = users.findById(jane).orElseThrow();
        loaded.delete(clock.now());
        users.update(loaded);

        roles.delete(admin, clerk.id());

        assertThatThrownBy(() -> roles.get(clerk.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_an_unknown_role_is_not_found_and_tells_nothing() {
        int before = events.count();
        assertThatThrownBy(() -> roles.delete(admin, RoleId.newId())).isInstanceOf(NotFoundException.class);
        assertThat(events.count()).isEqualTo(before);
    }

    // --- the super administrator role -------------------------------------------------------------------

    @Test
    void the_super_administrator_role_is_never_deleted() {
        assertConflict(() -> roles.delete(admin, RoleId.SUPER_ADMIN));
        assertThat(roles.get(RoleId.SUPER_ADMIN)).isNotNull();
    }

    @Test
    void the_super_administrator_role_keeps_its_code_status_and_scope() {
        RoleView superAdmin = roles.get(RoleId.SUPER_ADMIN);

        assertRefusedOn(ConflictException.class, "code", () -> update(superAdmin, "root", detailsOf(superAdmin)));
        assertRefusedOn(ConflictException.class, "status", () -> update(superAdmin, "super_admin",
                details("Super", RoleStatus.DISABLED, DataScope.ALL, Set.of(), Set.of())));
        assertRefusedOn(ConflictException.class, "dataScope", () -> update(superAdmin, "super_admin",
                details("Super", RoleStatus.ENABLED, DataScope.DEPT, Set.of(), Set.of())));
        assertThat(roles.get(RoleId.SUPER_ADMIN).version()).isEqualTo(superAdmin.version());
    }

    @Test
    void the_super_administrator_role_may_be_renamed_and_still_grants_everything() {
        RoleView superAdmin = roles.get(RoleId.SUPER_ADMIN);
        UserId root = register("root");
        store.assignRole(root, "super_admin");

        update(superAdmin, "super_admin", details("Root of all", RoleStatus.ENABLED, DataScope.ALL, Set.of(),
                Set.of(usersMenu)));

        assertThat(roles.get(RoleId.SUPER_ADMIN).name()).isEqualTo("Root of all");
        assertThat(userAccess.of(root).permissions().allows(PermissionCode.ALL)).isTrue();
    }

    // --- nobody defines a role granting more than they hold -------------------------------------------

    private final MenuId rolesMenu = entry(null, null, menu("Roles", "system:role:list"));
    private final MenuId updateRole = entry(rolesMenu, MenuType.MENU, button("Update role", "system:role:update"));
    private final MenuId readUser = entry(usersMenu, MenuType.MENU, button("Read", "system:user:read"));
    private final MenuId allUsers = entry(null, null, menu("All of users", "system:user:*"));

    /** A user of {@code dept} whose only role (stored directly) is {@code details}. */
    private UserId holding(String name, DeptId dept, RoleDetails details) {
        return store.registerHolder(name, dept, details, clock.now());
    }

    private RoleView ownRole(UserId user) {
        return roles.get(new RoleId(store.roleIdsOf(user).get(0)));
    }

    private void assertForbidden(Executable use) {
        int announcedBefore = events.count();
        assertThatThrownBy(use::execute).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(events.count()).isEqualTo(announcedBefore);
    }

    @Test
    void a_role_editor_cannot_widen_their_own_role() {
        UserId editor = holding("editor", sales, details(DataScope.SELF, rolesMenu, updateRole));
        RoleView own = ownRole(editor);

        assertForbidden(() -> roles.update(editor, UpdateRole.Command.everyField(own.id(), new RoleCode(own.code()),
                details(DataScope.ALL, rolesMenu, updateRole), own.version())));
        assertForbidden(() -> roles.update(editor, UpdateRole.Command.everyField(own.id(), new RoleCode(own.code()),
                details(DataScope.SELF, rolesMenu, updateRole, usersMenu), own.version())));
        assertThat(roles.get(own.id()).version()).isEqualTo(own.version());
        assertThat(userAccess.of(editor).permissions().values()).containsExactly("system:role:list",
                "system:role:update");
    }

    @Test
    void a_role_within_the_actors_grants_may_be_created_changed_and_deleted() {
        UserId editor = holding("editor", sales, details(DataScope.ALL, updateRole, allUsers));
        RoleView clerk = roles.create(editor, new CreateRole.Command(new RoleCode("clerk"),
                details(DataScope.DEPT, usersMenu, addUser)));

        RoleView changed = roles.update(editor, UpdateRole.Command.everyField(clerk.id(), new RoleCode(clerk.code()),
                details(DataScope.ALL, usersMenu, addUser, readUser), clerk.version()));
        roles.delete(editor, changed.id());

        assertThatThrownBy(() -> roles.get(clerk.id())).isInstanceOf(NotFoundException.class);
        assertForbidden(() -> roles.create(editor, new CreateRole.Command(new RoleCode("menus"),
                details(DataScope.SELF, rolesMenu))));
    }

    @Test
    void a_role_granting_more_than_the_actor_can_be_neither_changed_nor_deleted() {
        UserId editor = holding("editor", sales, details(DataScope.ALL, updateRole, allUsers));
        RoleView wide = create("wide", details(DataScope.SELF, usersMenu, rolesMenu));

        assertForbidden(() -> roles.update(editor, UpdateRole.Command.everyField(wide.id(), new RoleCode(wide.code()),
                details(DataScope.SELF, usersMenu), wide.version())));
        assertForbidden(() -> roles.delete(editor, wide.id()));
        assertForbidden(() -> roles.update(editor, UpdateRole.Command.everyField(RoleId.SUPER_ADMIN,
                RoleCode.SUPER_ADMIN, details(DataScope.ALL), roles.get(RoleId.SUPER_ADMIN).version())));
        assertThat(roles.get(wide.id()).menuIds()).containsExactlyInAnyOrder(usersMenu, rolesMenu);
    }

    @Test
    void scopes_are_judged_against_the_actors_and_for_each_holder_of_the_role() {
        DeptId east = department("East");
        UserId editor = holding("editor", sales, details(DataScope.DEPT, updateRole, allUsers));
        RoleView local = create("local", details(DataScope.DEPT, usersMenu));
        RoleView held = create("held", details(DataScope.DEPT, usersMenu));
        User holder = User.register(UserId.newId(), new Username("holder"), null, null, null, east,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, clock.now());
        users.add(holder);
        store.assignRole(holder.id(), "held");

        assertThat(roles.update(editor, UpdateRole.Command.everyField(local.id(), new RoleCode(local.code()),
                details("Local", RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales), Set.of(usersMenu)),
                local.version())).deptIds()).containsExactly(sales);
        assertRefusedOn(InvalidValueException.class, "deptIds", () -> roles.create(editor, new CreateRole.Command(
                new RoleCode("east_watch"), details("East", RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(east),
                Set.of()))));
        assertForbidden(() -> roles.create(editor, new CreateRole.Command(new RoleCode("all_users"),
                details(DataScope.ALL))));
        assertForbidden(() -> roles.update(editor, UpdateRole.Command.everyField(held.id(), new RoleCode(held.code()),
                details(DataScope.SELF, usersMenu), held.version())));
    }
    // --- update as a patch ------------------------------------------------------------------------------

    private static UpdateRole.Command patch(RoleView role, FieldPatch<String> name, FieldPatch<DataScope> scope,
                                            FieldPatch<Set<DeptId>> depts) {
        return new UpdateRole.Command(role.id(), role.version(), FieldPatch.absent(), name, FieldPatch.absent(),
                FieldPatch.absent(), scope, depts, FieldPatch.absent());
    }

    @Test
    void fields_left_out_of_an_update_keep_their_value() {
        RoleView clerk = create("clerk", details("Clerk", RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales),
                Set.of(usersMenu)));

        RoleView renamed = roles.update(admin, patch(clerk, FieldPatch.of("Desk clerk"), FieldPatch.absent(),
                FieldPatch.absent()));

        assertThat(renamed.code()).isEqualTo("clerk");
        assertThat(renamed.name()).isEqualTo("Desk clerk");
        assertThat(renamed.dataScope()).isEqualTo(DataScope.CUSTOM);
        assertThat(renamed.deptIds()).containsExactly(sales);
        assertThat(renamed.menuIds()).containsExactly(usersMenu);
    }

    @Test
    void departments_left_out_go_when_the_scope_stops_being_custom() {
        RoleView clerk = create("clerk", details("Clerk", RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(sales),
                Set.of()));

        RoleView rescoped = roles.update(admin, patch(clerk, FieldPatch.absent(), FieldPatch.of(DataScope.DEPT),
                FieldPatch.absent()));

        assertThat(rescoped.dataScope()).isEqualTo(DataScope.DEPT);
        assertThat(rescoped.deptIds()).isEmpty();
    }

    @Test
    void a_department_list_given_as_null_is_refused_by_name() {
        RoleView clerk = create("clerk", details(DataScope.SELF));

        assertThatThrownBy(() -> patch(clerk, FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("deptIds");
    }
}
