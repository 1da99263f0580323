package dev.bastion.domain.access;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import dev.bastion.domain.shared.SortOrder;
import java.util.Objects;

/**
 * What describes a menu entry besides its place in the tree. Directories and menus have a
 * route {@code path} (menus may name a front-end {@code component}); buttons have neither but
 * must carry a {@code permission}. No entry may grant everything ({@code *} or {@code *:*:*}: that
 * is the super administrator's alone). Optional fields are null when absent; each rule names its field.
 */
public record MenuDetails(String name, MenuType type, String path, String component, PermissionCode permission,
                          String icon, int sort, boolean visible, MenuStatus status) {

    public static final int MAX_NAME = 64;
    public static final int MAX_PATH = 200;
    public static final int MAX_COMPONENT = 255;
    public static final int MAX_ICON = 64;

    public MenuDetails {
        name = PrintableText.required("name", name, MAX_NAME);
        if (type == null) {
            throw new InvalidValueException("type", "must be DIRECTORY, MENU or BUTTON");
        }
        path = PrintableText.optional("path", path, MAX_PATH);
        component = PrintableText.optional("component", component, MAX_COMPONENT);
        icon = PrintableText.optional("icon", icon, MAX_ICON);
        sort = SortOrder.checked("sort", sort);
        Objects.requireNonNull(status, "status");
        if (type == MenuType.BUTTON) {
            if (permission == null) {
                throw new InvalidValueException("permission", "a BUTTON must carry a permission");
            }
            if (path != null) {
                throw new InvalidValueException("path", "a BUTTON has no route path");
            }
            if (component != null) {
                throw new InvalidValueException("component", "a BUTTON has no component");
            }
        } else if (path == null) {
            throw new InvalidValueException("path", "a " + type + " needs a route path");
        }
        if (path != null && path.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("path", "must not contain spaces");
        }
        if (permission != null && permission.grantsEverything()) {
            throw new InvalidValueException("permission", "a menu entry cannot grant everything ('*', '*:*:*')");
        }
    }
}
