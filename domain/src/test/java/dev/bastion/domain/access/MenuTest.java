package dev.bastion.domain.access;

import static dev.bastion.domain.access.MenuDetailsTest.button;
import static dev.bastion.domain.access.MenuDetailsTest.directory;
import static dev.bastion.domain.access.MenuDetailsTest.menu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void entries_fit_only_where_their_type_belongs() {
        MenuId parent = MenuId.newId();
        assertThat(Menu.create(MenuId.newId(), null, null, directory("System"), NOW).parentId()).isEmpty();
        assertThat(Menu.create(MenuId.newId(), null, null, menu("Home", null), NOW).parentId()).isEmpty();
        assertThat(Menu.create(MenuId.newId(), parent, MenuType.DIRECTORY, menu("Users", null), NOW).parentId())
                .contains(parent);
        assertThat(Menu.create(MenuId.newId(), parent, MenuType.MENU, button("Add", "system:user:create"), NOW)
                .parentId()).contains(parent);

        assertThatThrownBy(() -> Menu.create(MenuId.newId(), null, null, button("Add", "system:user:create"), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parentId");
        assertThatThrownBy(() -> Menu.create(MenuId.newId(), parent, MenuType.DIRECTORY,
                button("Add", "system:user:create"), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parentId");
        assertThatThrownBy(() -> Menu.create(MenuId.newId(), parent, MenuType.MENU, menu("Users", null), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parentId");
        assertThatThrownBy(() -> Menu.create(MenuId.newId(), parent, MenuType.BUTTON, directory("X"), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("parentId");
    }

    @Test
    void an_entry_with_children_keeps_its_type() {
        Menu users = Menu.create(MenuId.newId(), null, null, menu("Users", null), NOW);

        assertThatThrownBy(() -> users.describe(directory("Users"), null, true, LATER))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("type");

        users.describe(directory("People"), null, false, LATER);
        assertThat(users.details().type()).isEqualTo(MenuType.DIRECTORY);
        assertThat(users.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_move_under_itself_or_a_descendant_is_refused_and_the_top_level_is_a_place() {
        MenuId top = MenuId.newId();
        Menu child = Menu.create(MenuId.newId(), top, MenuType.DIRECTORY, directory("Child"), NOW);
        MenuId grandChild = MenuId.newId();

        assertThatThrownBy(() -> child.moveUnder(grandChild, List.of(grandChild, child.id(), top), LATER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> child.moveUnder(child.id(), List.of(child.id(), top), LATER))
                .isInstanceOf(ConflictException.class);

        child.moveUnder(null, List.of(), LATER);
        assertThat(child.parentId()).isEmpty();
    }

    @Test
    void a_deleted_entry_changes_no_more() {
        Menu menu = Menu.create(MenuId.newId(), null, null, directory("Old"), NOW);
        menu.delete(LATER);

        assertThat(menu.snapshot().deletedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> menu.describe(directory("New"), null, false, LATER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> menu.delete(LATER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_snapshot_round_trips() {
        Menu menu = Menu.create(MenuId.newId(), null, null, directory("System"), NOW);

        assertThat(Menu.reconstitute(menu.snapshot()).snapshot()).isEqualTo(menu.snapshot());
    }
}
