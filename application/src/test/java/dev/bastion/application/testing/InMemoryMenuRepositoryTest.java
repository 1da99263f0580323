package dev.bastion.application.testing;

import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.directory;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static dev.bastion.application.testing.AccessFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemoryMenuRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryAccessStore store = new InMemoryAccessStore();
    private final InMemoryMenuRepository menus = store.menus();

    // System ─── Users ─┬─ Add
    //                   └─ Delete
    private final MenuId system = add(null, null, directory("System"));
    private final MenuId users = add(system, MenuType.DIRECTORY, menu("Users", "system:user:list"));
    private final MenuId addUser = add(users, MenuType.MENU, button("Add", "system:user:create"));
    private final MenuId deleteUser = add(users, MenuType.MENU, button("Delete", "system:user:delete"));

    private MenuId add(MenuId parent, MenuType parentType, MenuDetails details) {
        Menu entry = Menu.create(MenuId.newId(), parent, parentType, details, NOW);
        menus.add(entry);
        return entry.id();
    }

    private void delete(MenuId id) {
        Menu loaded = menus.findById(id).orElseThrow();
        loaded.delete(NOW);
        menus.update(loaded);
    }

    private Role grant(String code, MenuId... entries) {
        Role role = Role.create(RoleId.newId(), new RoleCode(code), role(DataScope.SELF, entries), NOW);
        store.roles().add(role);
        return role;
    }

    @Test
    void added_entries_are_found_as_they_were() {
        Menu found = menus.findById(users).orElseThrow();

        assertThat(found.parentId()).contains(system);
        assertThat(found.details()).isEqualTo(menu("Users", "system:user:list"));
        assertThat(menus.findAll()).extracting(Menu::id).containsExactlyInAnyOrder(system, users, addUser, deleteUser);
    }

    @Test
    void the_lineage_runs_from_the_entry_up_to_the_top() {
        assertThat(menus.lineage(addUser)).containsExactly(addUser, users, system);
        assertThat(menus.lineage(system)).containsExactly(system);
        assertThat(menus.lineage(MenuId.newId())).isEmpty();
    }

    @Test
    void deleted_entries_are_invisible_and_unknown() {
        delete(deleteUser);

        assertThat(menus.findById(deleteUser)).isEmpty();
        assertThat(menus.findAll()).extracting(Menu::id).doesNotContain(deleteUser);
        assertThat(menus.unknown(Set.of(deleteUser, addUser))).containsExactly(deleteUser);
        assertThat(menus.rows()).hasSize(4);
    }

    @Test
    void only_live_children_count() {
        assertThat(menus.hasChildren(users)).isTrue();
        assertThat(menus.hasChildren(addUser)).isFalse();

        delete(addUser);
        delete(deleteUser);

        assertThat(menus.hasChildren(users)).isFalse();
    }

    @Test
    void an_entry_is_granted_while_a_live_role_lists_it() {
        assertThat(menus.isGranted(users)).isFalse();

        Role clerk = grant("clerk", users);
        assertThat(menus.isGranted(users)).isTrue();
        assertThat(menus.isGranted(system)).isFalse();

        Role loaded = store.roles().findById(clerk.id()).orElseThrow();
        loaded.delete(NOW);
        store.roles().update(loaded);
        assertThat(menus.isGranted(users)).isFalse();
    }

    @Test
    void siblings_never_carry_the_same_permission() {
        assertThatThrownBy(() -> add(users, MenuType.MENU, button("Create", "system:user:create")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("permission"));

        MenuId other = add(system, MenuType.DIRECTORY, menu("Other", null));
        add(other, MenuType.MENU, button("Create", "system:user:create"));

        delete(addUser);
        add(users, MenuType.MENU, button("Create", "system:user:create"));
    }

    @Test
    void an_update_returns_the_next_version_and_a_stale_one_is_refused() {
        Menu first = menus.findById(users).orElseThrow();
        Menu second = menus.findById(users).orElseThrow();
        first.describe(menu("People", "system:user:list"), MenuType.DIRECTORY, true, NOW);

        assertThat(menus.update(first).version()).isEqualTo(1);

        second.describe(menu("Staff", "system:user:list"), MenuType.DIRECTORY, true, NOW);
        assertThatThrownBy(() -> menus.update(second)).isInstanceOf(VersionConflictException.class);
        assertThat(menus.findById(users).orElseThrow().details().name()).isEqualTo("People");
    }

    @Test
    void an_update_giving_an_entry_a_siblings_permission_is_a_conflict() {
        Menu loaded = menus.findById(deleteUser).orElseThrow();
        loaded.describe(button("Delete", "system:user:create"), MenuType.MENU, false, NOW);

        assertThatThrownBy(() -> menus.update(loaded))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("permission"));
    }

    @Test
    void changing_a_loaded_entry_without_update_stores_nothing() {
        menus.findById(users).orElseThrow().describe(menu("People", null), MenuType.DIRECTORY, true, NOW);

        assertThat(menus.findById(users).orElseThrow().details().name()).isEqualTo("Users");
    }

    @Test
    void a_new_entry_must_be_at_version_0() {
        Menu loaded = menus.findById(system).orElseThrow();
        loaded.describe(directory("Settings"), null, true, NOW);
        Menu stored = menus.update(loaded);

        assertThatThrownBy(() -> new InMemoryAccessStore().menus().add(stored))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
