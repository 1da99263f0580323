package dev.bastion.domain.access;

import static dev.bastion.domain.access.MenuDetailsTest.directory;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles and menu entries record an event for each change that happened, none for an empty one. */
class AccessEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final RoleDetails DETAILS =
            new RoleDetails("Auditor", 0, RoleStatus.ENABLED, DataScope.SELF, Set.of(), Set.of());

    @Test
    void a_role_tells_its_creation_changes_and_deletion() {
        Role role = Role.create(RoleId.newId(), new RoleCode("auditor"), DETAILS, NOW);
        assertThat(role.pullEvents()).containsExactly(new RoleCreated(role.id()));
        role.describe(role.code(), DETAILS, NOW);
        assertThat(role.pullEvents()).as("nothing changed").isEmpty();
        role.describe(role.code(), new RoleDetails("Auditor", 0, RoleStatus.DISABLED, DataScope.SELF, Set.of(),
                Set.of()), NOW);
        role.describe(new RoleCode("auditor_2"), DETAILS, NOW);
        assertThat(role.pullEvents()).containsExactly(new RoleChanged(role.id()));
        role.delete(NOW);
        assertThat(role.pullEvents()).containsExactly(new RoleDeleted(role.id()));
    }

    @Test
    void a_menu_entry_tells_its_creation_changes_moves_and_deletion() {
        Menu parent = Menu.create(MenuId.newId(), null, null, directory("System"), NOW);
        Menu menu = Menu.create(MenuId.newId(), null, null, directory("Tools"), NOW);
        assertThat(menu.pullEvents()).containsExactly(new MenuCreated(menu.id()));
        menu.describe(directory("Tools"), null, false, NOW);
        menu.moveUnder(null, List.of(), NOW);
        assertThat(menu.pullEvents()).as("nothing changed").isEmpty();
        menu.describe(directory("Utilities"), null, false, NOW);
        assertThat(menu.pullEvents()).containsExactly(new MenuChanged(menu.id()));
        menu.moveUnder(parent.id(), List.of(parent.id()), NOW);
        assertThat(menu.pullEvents()).containsExactly(new MenuChanged(menu.id()));
        menu.delete(NOW);
        assertThat(menu.pullEvents()).containsExactly(new MenuDeleted(menu.id()));
    }
}
