package dev.bastion.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class MenuDetailsTest {

    private static final PermissionCode USER_CREATE = new PermissionCode("system:user:create");

    static MenuDetails directory(String name) {
        return new MenuDetails(name, MenuType.DIRECTORY, "/" + name.toLowerCase(), null, null, "folder", 0, true,
                MenuStatus.ENABLED);
    }

    static MenuDetails menu(String name, String permission) {
        return new MenuDetails(name, MenuType.MENU, name.toLowerCase(), "system/" + name.toLowerCase() + "/index",
                permission == null ? null : new PermissionCode(permission), null, 0, true, MenuStatus.ENABLED);
    }

    static MenuDetails button(String name, String permission) {
        return new MenuDetails(name, MenuType.BUTTON, null, null, new PermissionCode(permission), null, 0, true,
                MenuStatus.ENABLED);
    }

    @Test
    void text_is_stripped_and_blank_optionals_become_null() {
        MenuDetails details = new MenuDetails("  Users ", MenuType.MENU, " users ", "  ", null, " ", 5, false,
                MenuStatus.DISABLED);

        assertThat(details.name()).isEqualTo("Users");
        assertThat(details.path()).isEqualTo("users");
        assertThat(details.component()).isNull();
        assertThat(details.icon()).isNull();
    }

    @Test
    void a_button_needs_a_permission_and_has_no_route() {
        assertThatThrownBy(() -> new MenuDetails("Add", MenuType.BUTTON, null, null, null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("permission");
        assertThatThrownBy(() -> new MenuDetails("Add", MenuType.BUTTON, "add", null, USER_CREATE, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> new MenuDetails("Add", MenuType.BUTTON, null, "x/y", USER_CREATE, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("component");
        assertThat(button("Add", "system:user:create").permission()).isEqualTo(USER_CREATE);
    }

    @Test
    void directories_and_menus_need_a_path_without_spaces() {
        assertThatThrownBy(() -> new MenuDetails("System", MenuType.DIRECTORY, null, null, null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> new MenuDetails("Users", MenuType.MENU, "us ers", null, null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("path");
    }

    @Test
    void no_entry_grants_everything() {
        assertThatThrownBy(() -> new MenuDetails("All", MenuType.BUTTON, null, null, PermissionCode.ALL, null, 0,
                true, MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("permission");
    }

    @Test
    void no_entry_grants_everything_through_wildcards_in_every_segment() {
        assertThatThrownBy(() -> button("All", "*:*:*"))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("permission");
        assertThat(button("All users", "system:user:*").permission().grantsEverything()).isFalse();
        assertThat(button("Any list", "*:*:list").permission().grantsEverything()).isFalse();
    }

    @Test
    void each_limit_names_its_field() {
        String long65 = "x".repeat(65);
        assertThatThrownBy(() -> directory(long65))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new MenuDetails("A", MenuType.MENU, "a".repeat(201), null, null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> new MenuDetails("A", MenuType.MENU, "a", "c".repeat(256), null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("component");
        assertThatThrownBy(() -> new MenuDetails("A", MenuType.MENU, "a", null, null, long65, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("icon");
        assertThatThrownBy(() -> new MenuDetails("A", MenuType.MENU, "a", null, null, null, -1, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("sort");
        assertThatThrownBy(() -> new MenuDetails("A\u0007", MenuType.MENU, "a", null, null, null, 0, true,
                MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new MenuDetails("A", null, "a", null, null, null, 0, true, MenuStatus.ENABLED))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("type");
    }
}
