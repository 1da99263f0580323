package dev.bastion.application.testing;

import dev.bastion.application.access.RoleView;
import dev.bastion.application.access.MenuView;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import java.util.Locale;
import java.util.Set;

/** Valid menu and role details for tests that care about a few of their values only. */
public final class AccessFixtures {

    private AccessFixtures() {
    }

    public static MenuDetails directory(String name) {
        return directory(name, 0, MenuStatus.ENABLED);
    }

    public static MenuDetails directory(String name, int sort, MenuStatus status) {
        return new MenuDetails(name, MenuType.DIRECTORY, "/" + slug(name), null, null, "folder", sort, true, status);
    }

    /** A menu (screen); {@code permission} may be null. */
    public static MenuDetails menu(String name, String permission) {
        return menu(name, permission, 0, MenuStatus.ENABLED);
    }

    public static MenuDetails menu(String name, String permission, int sort, MenuStatus status) {
        return new MenuDetails(name, MenuType.MENU, slug(name), "system/" + slug(name) + "/index",
                permission == null ? null : new PermissionCode(permission), null, sort, true, status);
    }

    public static MenuDetails button(String name, String permission) {
        return button(name, permission, MenuStatus.ENABLED);
    }

    public static MenuDetails button(String name, String permission, MenuStatus status) {
        return new MenuDetails(name, MenuType.BUTTON, null, null, new PermissionCode(permission), null, 0, true,
                status);
    }

    /** The same details with another status. */
    public static MenuDetails withStatus(MenuDetails d, MenuStatus status) {
        return new MenuDetails(d.name(), d.type(), d.path(), d.component(), d.permission(), d.icon(), d.sort(),
                d.visible(), status);
    }

    /** An enabled role of {@code scope} (not CUSTOM) granting {@code menus}. */
    public static RoleDetails role(DataScope scope, MenuId... menus) {
        return new RoleDetails("Role", 0, RoleStatus.ENABLED, scope, Set.of(), Set.of(menus));
    }

    /** An enabled role with the CUSTOM scope over {@code depts}. */
    public static RoleDetails customRole(Set<DeptId> depts, MenuId... menus) {
        return new RoleDetails("Role", 0, RoleStatus.ENABLED, DataScope.CUSTOM, depts, Set.of(menus));
    }

    /** The same details with another status. */
    public static RoleDetails withStatus(RoleDetails d, RoleStatus status) {
        return new RoleDetails(d.name(), d.sort(), status, d.dataScope(), d.deptIds(), d.menuIds());
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** The details a menu entry read shows, to send back changed (a client's round trip). */
    public static MenuDetails detailsOf(MenuView v) {
        return new MenuDetails(v.name(), v.type(), v.path(), v.component(),
                v.permission() == null ? null : new PermissionCode(v.permission()), v.icon(), v.sort(), v.visible(),
                v.status());
    }

    /** The details a role read shows, to send back changed (a client's round trip). */
    public static RoleDetails detailsOf(RoleView v) {
        return new RoleDetails(v.name(), v.sort(), v.status(), v.dataScope(), v.deptIds(), v.menuIds());
    }
}
