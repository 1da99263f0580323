package dev.bastion.application.access;

import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.domain.access.MenuDeleted;
import dev.bastion.domain.access.MenuChanged;
import dev.bastion.domain.access.MenuCreated;
import dev.bastion.application.shared.FieldPatch;
import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.detailsOf;
import static dev.bastion.application.testing.AccessFixtures.directory;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static dev.bastion.application.testing.AccessFixtures.role;
import static dev.bastion.application.testing.AccessFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MenusServiceTest {

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
    private final MenusService menus = new MenusService(store.menus(), store.grants(), userAccess, accessCache, guard,
            new InMemoryTransactions(), clock);

    private final UserId jane = register("jane");
    /** Who edits the menus in the tests about the tree itself: a super administrator. */
    private final UserId admin = superAdministrator();

    private UserId superAdministrator() {
        UserId id = register("admin");
        store.assignRole(id, "super_admin");
        return id;
    }

    private UserId register(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, clock.now());
        users.add(user);
        return user.id();
    }

    private MenuView create(MenuId parent, MenuDetails details) {
        return menus.create(admin, new CreateMenu.Command(parent, details));
    }

    private MenuView update(MenuView entry, MenuId parent, MenuDetails details) {
        return menus.update(admin, UpdateMenu.Command.everyField(entry.id(), parent, details, entry.version()));
    }

    /** Gives {@code user} a new enabled role granting {@code entries}. */
    private void grant(UserId user, MenuView... entries) {
        grant(user, role(DataScope.SELF, ids(entries)));
    }

    private void grant(UserId user, RoleDetails details) {
        String code = "role_" + store.roles().rows().size();
        store.roles().add(Role.create(RoleId.newId(), new RoleCode(code), details, clock.now()));
        store.assignRole(user, code);
    }

    private static MenuId[] ids(MenuView... entries) {
        return Arrays.stream(entries).map(MenuView::id).toArray(MenuId[]::new);
    }

    /** The tree's names, depth first, each indented by its depth. */
    private static List<String> outline(List<TreeNode<MenuView>> forest) {
        List<String> lines = new ArrayList<>();
        outline(forest, "", lines);
        return lines;
    }

    private static void outline(List<TreeNode<MenuView>> forest, String indent, List<String> lines) {
        for (TreeNode<MenuView> node : forest) {
            lines.add(indent + node.item().name());
            outline(node.children(), indent + "  ", lines);
        }
    }

    private void assertRefusedOn(Class<? extends Exception> type, String field, Executable use) {
        int announcedBefore = events.count();
        assertThatThrownBy(use::execute).isInstanceOf(type).extracting("field").isEqualTo(field);
        assertThat(events.count()).isEqualTo(announcedBefore);
    }

    // --- the tree ---------------------------------------------------------------------------------------

    @Test
    void the_tree_holds_top_level_entries_with_their_descendants_siblings_by_sort_then_name() {
        MenuView system = create(null, directory("System", 2, MenuStatus.ENABLED));
        create(null, menu("Home", null, 1, MenuStatus.ENABLED));
        MenuView usersMenu = create(system.id(), menu("Users", "system:user:list", 1, MenuStatus.ENABLED));
        create(system.id(), menu("Roles", "system:role:list", 1, MenuStatus.DISABLED));
        create(system.id(), menu("Depts", "system:dept:list", 0, MenuStatus.ENABLED));
        create(usersMenu.id(), button("Delete", "system:user:delete"));
        create(usersMenu.id(), button("Add", "system:user:create"));
        create(null, directory("About"));

        assertThat(outline(menus.tree())).containsExactly(
                "About",
                "Home",
                "System",
                "  Depts",
                "  Roles",
                "  Users",
                "    Add",
                "    Delete");
    }

    @Test
    void an_entry_is_read_by_id_and_an_unknown_one_is_not_found() {
        MenuView home = create(null, menu("Home", null));

        assertThat(menus.get(home.id()).name()).isEqualTo("Home");
        assertThatThrownBy(() -> menus.get(MenuId.newId())).isInstanceOf(NotFoundException.class);
    }

    // --- create and update ------------------------------------------------------------------------------

    @Test
    void creating_under_an_unknown_parent_names_parent_id() {
        assertRefusedOn(InvalidValueException.class, "parentId", () -> create(MenuId.newId(), menu("Users", null)));
        assertThat(menus.tree()).isEmpty();
    }

    @Test
    void entries_are_placed_only_where_their_type_belongs() {
        MenuView system = create(null, directory("System"));
        MenuView usersMenu = create(system.id(), menu("Users", null));

        assertRefusedOn(InvalidValueException.class, "parentId",
                () -> create(null, button("Add", "system:user:create")));
        assertRefusedOn(InvalidValueException.class, "parentId",
                () -> create(system.id(), button("Add", "system:user:create")));
        assertRefusedOn(InvalidValueException.class, "parentId", () -> create(usersMenu.id(), menu("Roles", null)));
        assertThat(create(usersMenu.id(), button("Add", "system:user:create")).parentId()).isEqualTo(usersMenu.id());
    }

    @Test
    void a_permission_a_sibling_already_carries_is_a_conflict_on_permission() {
        MenuView usersMenu = create(null, menu("Users", null));
        create(usersMenu.id(), button("Add", "system:user:create"));

        assertRefusedOn(ConflictException.class, "permission",
                () -> create(usersMenu.id(), button("Create", "system:user:create")));
    }

    @Test
    void an_entry_moves_under_another_directory_or_to_the_top() {
        MenuView system = create(null, directory("System"));
        MenuView monitor = create(null, directory("Monitor"));
        MenuView sessions = create(system.id(), menu("Sessions", "monitor:session:list"));

        MenuView moved = update(sessions, monitor.id(), detailsOf(sessions));
        assertThat(moved.parentId()).isEqualTo(monitor.id());
        assertThat(moved.version()).isEqualTo(1);

        MenuView top = update(moved, null, detailsOf(moved));
        assertThat(top.parentId()).isNull();
        assertThat(outline(menus.tree())).containsExactly("Monitor", "Sessions", "System");
    }

    @Test
    void moving_an_entry_under_itself_or_into_its_own_subtree_is_a_conflict_on_parent_id() {
        MenuView system = create(null, directory("System"));
        MenuView settings = create(system.id(), directory("Settings"));
        MenuView deeper = create(settings.id(), directory("Deeper"));

        assertRefusedOn(ConflictException.class, "parentId", () -> update(system, deeper.id(), detailsOf(system)));
        assertRefusedOn(ConflictException.class, "parentId", () -> update(system, settings.id(), detailsOf(system)));
        assertRefusedOn(ConflictException.class, "parentId", () -> update(system, system.id(), detailsOf(system)));
        assertThat(menus.get(system.id()).parentId()).isNull();
    }

    @Test
    void moving_an_entry_where_its_type_does_not_belong_names_parent_id() {
        MenuView usersMenu = create(null, menu("Users", null));
        MenuView rolesMenu = create(null, menu("Roles", null));
        MenuView add = create(usersMenu.id(), button("Add", "system:user:create"));

        assertRefusedOn(InvalidValueException.class, "parentId", () -> update(rolesMenu, usersMenu.id(),
                detailsOf(rolesMenu)));
        assertRefusedOn(InvalidValueException.class, "parentId", () -> update(add, null, detailsOf(add)));
        assertThat(update(add, rolesMenu.id(), detailsOf(add)).parentId()).isEqualTo(rolesMenu.id());
    }

    @Test
    void an_entry_with_children_cannot_change_its_type_but_a_leaf_can() {
        MenuView system = create(null, directory("System"));
        create(system.id(), menu("Users", null));
        MenuView logs = create(null, directory("Logs"));

        assertRefusedOn(ConflictException.class, "type", () -> update(system, null, menu("System", null)));
        assertThat(update(logs, null, menu("Logs", "monitor:login-log:list")).type())
                .isEqualTo(MenuType.MENU);
    }

    @Test
    void a_stale_version_is_a_conflict() {
        MenuView home = create(null, menu("Home", null));
        update(home, null, menu("Start", null));

        int announced = events.count();
        assertThatThrownBy(() -> update(home, null, menu("Welcome", null)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(menus.get(home.id()).name()).isEqualTo("Start");
        assertThat(events.count()).isEqualTo(announced);
    }

    @Test
    void updating_an_unknown_entry_is_not_found() {
        Menu ghost = Menu.create(MenuId.newId(), null, null, menu("Ghost", null), clock.now());

        assertThatThrownBy(() -> update(MenuView.of(ghost), null, ghost.details())).isInstanceOf(NotFoundException.class);
    }

    // --- delete -----------------------------------------------------------------------------------------

    @Test
    void a_leaf_nobody_is_granted_is_deleted() {
        MenuView home = create(null, menu("Home", null));

        menus.delete(admin, home.id());

        assertThatThrownBy(() -> menus.get(home.id())).isInstanceOf(NotFoundException.class);
        assertThat(menus.tree()).isEmpty();
        assertThatThrownBy(() -> menus.delete(admin, home.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_entry_with_children_is_not_deleted() {
        MenuView system = create(null, directory("System"));
        create(system.id(), menu("Users", null));
        int announced = events.count();

        assertThatThrownBy(() -> menus.delete(admin, system.id())).isInstanceOf(ConflictException.class);
        assertThat(menus.get(system.id())).isNotNull();
        assertThat(events.count()).isEqualTo(announced);
    }

    @Test
    void an_entry_a_role_grants_is_not_deleted_even_when_the_role_is_disabled() {
        MenuView home = create(null, menu("Home", null));
        grant(register("john"), withStatus(role(DataScope.SELF, home.id()), RoleStatus.DISABLED));
        int announced = events.count();

        assertThatThrownBy(() -> menus.delete(admin, home.id())).isInstanceOf(ConflictException.class);
        assertThat(menus.get(home.id())).isNotNull();
        assertThat(events.count()).isEqualTo(announced);
    }

    // --- events -----------------------------------------------------------------------------------------

    @Test
    void every_committed_change_is_told_once_by_its_event() {
        int before = events.count();
        MenuView home = create(null, menu("Home", null));
        assertThat(events.last()).isEqualTo(new MenuCreated(home.id()));

        MenuView renamed = update(home, null, menu("Start", null));
        assertThat(events.last()).isEqualTo(new MenuChanged(home.id()));

        update(renamed, null, withStatus(detailsOf(renamed), MenuStatus.DISABLED));
        assertThat(events.last()).isEqualTo(new MenuChanged(home.id()));

        menus.delete(admin, home.id());
        assertThat(events.last()).isEqualTo(new MenuDeleted(home.id()));
        assertThat(events.count() - before).isEqualTo(4);
    }

    @Test
    void reading_announces_nothing() {
        MenuView home = create(null, menu("Home", null));
        grant(jane, home);
        int announced = events.count();

        menus.tree();
        menus.get(home.id());
        menus.menusOf(jane);

        assertThat(events.count()).isEqualTo(announced);
    }

    // --- a user's own menus -----------------------------------------------------------------------------

    @Test
    void own_menus_are_the_granted_directories_and_menus_with_their_ancestor_directories_and_no_buttons() {
        MenuView system = create(null, directory("System", 1, MenuStatus.ENABLED));
        MenuView settings = create(system.id(), directory("Settings"));
        MenuView usersMenu = create(settings.id(), menu("Users", "system:user:list"));
        MenuView add = create(usersMenu.id(), button("Add", "system:user:create"));
        create(settings.id(), menu("Roles", "system:role:list"));
        MenuView home = create(null, menu("Home", null));
        create(null, directory("Monitor", 2, MenuStatus.ENABLED));
        grant(jane, usersMenu, add, home);

        assertThat(outline(menus.menusOf(jane))).containsExactly(
                "Home",
                "System",
                "  Settings",
                "    Users");
    }

    @Test
    void a_granted_button_does_not_open_the_screen_it_sits_on() {
        MenuView system = create(null, directory("System"));
        MenuView usersMenu = create(system.id(), menu("Users", "system:user:list"));
        MenuView add = create(usersMenu.id(), button("Add", "system:user:create"));
        grant(jane, add);

        assertThat(menus.menusOf(jane)).isEmpty();
    }

    @Test
    void a_disabled_entry_is_not_shown_and_a_disabled_directory_hides_its_subtree() {
        MenuView system = create(null, directory("System", 0, MenuStatus.DISABLED));
        MenuView usersMenu = create(system.id(), menu("Users", "system:user:list"));
        MenuView home = create(null, menu("Home", null, 0, MenuStatus.DISABLED));
        MenuView about = create(null, menu("About", null));
        grant(jane, system, usersMenu, home, about);

        assertThat(outline(menus.menusOf(jane))).containsExactly("About");
    }

    @Test
    void a_disabled_role_shows_nothing_and_a_user_without_roles_sees_no_menu() {
        MenuView home = create(null, menu("Home", null));
        grant(jane, withStatus(role(DataScope.SELF, home.id()), RoleStatus.DISABLED));

        assertThat(menus.menusOf(jane)).isEmpty();
        assertThat(menus.menusOf(register("john"))).isEmpty();
    }

    @Test
    void the_menus_of_several_roles_add_up() {
        MenuView system = create(null, directory("System"));
        MenuView usersMenu = create(system.id(), menu("Users", "system:user:list"));
        MenuView rolesMenu = create(system.id(), menu("Roles", "system:role:list"));
        create(system.id(), menu("Depts", "system:dept:list"));
        grant(jane, usersMenu);
        grant(jane, rolesMenu);

        assertThat(outline(menus.menusOf(jane))).containsExactly("System", "  Roles", "  Users");
    }

    @Test
    void whoever_holds_everything_gets_every_enabled_directory_and_menu() {
        MenuView system = create(null, directory("System"));
        MenuView usersMenu = create(system.id(), menu("Users", "system:user:list"));
        create(usersMenu.id(), button("Add", "system:user:create"));
        create(system.id(), menu("Roles", "system:role:list", 0, MenuStatus.DISABLED));
        create(null, menu("Home", null));
        store.assignRole(jane, "super_admin");

        assertThat(outline(menus.menusOf(jane))).containsExactly("Home", "System", "  Users");
    }

    @Test
    void a_change_to_a_granted_entry_shows_at_once() {
        MenuView home = create(null, menu("Home", null));
        grant(jane, home);
        assertThat(outline(menus.menusOf(jane))).containsExactly("Home");

        update(home, null, menu("Start", null));

        assertThat(outline(menus.menusOf(jane))).containsExactly("Start");
    }

    @Test
    void own_menus_are_read_once_and_again_after_a_grant_or_an_entry_changes() {
        MenuView home = create(null, menu("Home", null));
        MenuView about = create(null, menu("About", null));
        grant(jane, home);
        assertThat(outline(menus.menusOf(jane))).containsExactly("Home");
        int loads = accessCache.loads();

        assertThat(outline(menus.menusOf(jane))).containsExactly("Home");
        assertThat(accessCache.loads()).as("served from the cache").isEqualTo(loads);

        grant(jane, about);
        assertThat(outline(menus.menusOf(jane))).containsExactly("About", "Home");

        update(about, null, menu("About", null, 0, MenuStatus.DISABLED));
        assertThat(outline(menus.menusOf(jane))).containsExactly("Home");
    }

    // --- nobody sets a permission they do not hold -----------------------------------------------------

    private void assertForbidden(Executable use) {
        int announcedBefore = events.count();
        assertThatThrownBy(use::execute).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(events.count()).isEqualTo(announcedBefore);
    }

    private MenuView menuEditor(UserId user) {
        MenuView screen = create(null, menu("Menus", "system:menu:list"));
        MenuView edit = create(screen.id(), button("Edit", "system:menu:update"));
        MenuView add = create(screen.id(), button("Add", "system:menu:create"));
        grant(user, screen, edit, add);
        return edit;
    }

    @Test
    void an_editor_cannot_turn_an_entry_of_their_own_role_into_a_wider_grant() {
        MenuView edit = menuEditor(jane);

        assertForbidden(() -> menus.update(jane, UpdateMenu.Command.everyField(edit.id(), edit.parentId(),
                button("Edit", "system:*:*"), edit.version())));
        assertForbidden(() -> menus.update(jane, UpdateMenu.Command.everyField(edit.id(), edit.parentId(),
                button("Edit", "system:user:list"), edit.version())));

        assertThat(menus.get(edit.id()).permission()).isEqualTo("system:menu:update");
        assertThat(userAccess.of(jane).permissions().values()).doesNotContain("system:user:list", "system:*:*");
    }

    @Test
    void an_entry_may_carry_only_a_permission_the_actor_holds() {
        MenuView edit = menuEditor(jane);

        MenuView mine = menus.create(jane, new CreateMenu.Command(edit.parentId(),
                button("List again", "system:menu:list")));
        assertForbidden(() -> menus.create(jane, new CreateMenu.Command(edit.parentId(),
                button("Users", "system:user:list"))));
        MenuView foreign = create(null, menu("Users", "system:user:list"));
        assertForbidden(() -> menus.update(jane, UpdateMenu.Command.everyField(foreign.id(), null,
                menu("Renamed users", "system:user:list"), foreign.version())));
        assertForbidden(() -> menus.delete(jane, foreign.id()));

        assertThat(mine.permission()).isEqualTo("system:menu:list");
        assertThat(menus.get(foreign.id()).name()).isEqualTo("Users");
    }

    @Test
    void changing_what_an_entry_grants_needs_every_role_granting_it_within_reach() {
        MenuView edit = menuEditor(jane);
        MenuView add = menus.get(store.menus().findAll().stream()
                .filter(m -> m.details().name().equals("Add")).findFirst().orElseThrow().id());
        MenuView logins = create(null, menu("Logins", "monitor:login-log:list"));
        UserId bob = register("bob");
        grant(bob, add, logins);

        assertForbidden(() -> menus.update(jane, UpdateMenu.Command.everyField(add.id(), add.parentId(),
                button("Add", "system:menu:list"), add.version())));
        assertForbidden(() -> menus.update(jane, UpdateMenu.Command.everyField(add.id(), add.parentId(),
                button("Add", "system:menu:create", MenuStatus.DISABLED), add.version())));
        MenuView renamed = menus.update(jane, UpdateMenu.Command.everyField(add.id(), add.parentId(),
                button("Add an entry", "system:menu:create"), add.version()));

        assertThat(renamed.name()).as("no grant changes").isEqualTo("Add an entry");
        assertThat(userAccess.of(bob).permissions().values()).contains("system:menu:create");
        assertThat(edit.permission()).isEqualTo("system:menu:update");
    }
    // --- update as a patch ------------------------------------------------------------------------------

    private static UpdateMenu.Command patch(MenuView entry, FieldPatch<MenuId> parentId, FieldPatch<String> name,
                                            FieldPatch<String> icon) {
        return new UpdateMenu.Command(entry.id(), entry.version(), parentId, name, FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), icon, FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent());
    }

    @Test
    void fields_left_out_of_an_update_keep_their_value_and_a_parent_given_as_null_moves_to_the_top() {
        MenuView system = create(null, directory("System"));
        MenuView users = create(system.id(), menu("Users", "system:user:list"));
        users = menus.update(admin, patch(users, FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of("user")));

        MenuView renamed = menus.update(admin, patch(users, FieldPatch.absent(), FieldPatch.of("People"),
                FieldPatch.absent()));
        assertThat(renamed.parentId()).isEqualTo(system.id());
        assertThat(renamed.icon()).isEqualTo("user");
        assertThat(renamed.permission()).isEqualTo("system:user:list");

        MenuView moved = menus.update(admin, patch(renamed, FieldPatch.of(null), FieldPatch.absent(), FieldPatch.of(null)));
        assertThat(moved.parentId()).isNull();
        assertThat(moved.icon()).isNull();
        assertThat(moved.name()).isEqualTo("People");
    }

    @Test
    void a_name_given_as_null_is_refused_by_name() {
        MenuView system = create(null, directory("System"));

        assertThatThrownBy(() -> patch(system, FieldPatch.absent(), FieldPatch.of(null), FieldPatch.absent()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
    }
}
