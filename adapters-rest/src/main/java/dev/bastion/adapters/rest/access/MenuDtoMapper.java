package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.application.access.UpdateMenu;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;

/** Menu DTOs to domain values and back; the domain names what it refuses. */
@Singleton
final class MenuDtoMapper {

    MenuDetails details(CreateMenuRequest body) {
        return new MenuDetails(body.name(), MenuType.valueOf(body.type()), body.path(), body.component(),
                permission(body.permission()), body.icon(), body.sort() == null ? 0 : body.sort(),
                body.visible() == null || body.visible(),
                body.status() == null ? MenuStatus.ENABLED : MenuStatus.valueOf(body.status()));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    UpdateMenu.Command command(MenuId id, UpdateMenuRequest body) {
        SentFields sent = Objects.requireNonNull(body.sentFields(), "sentFields (set by the body reader)");
        return new UpdateMenu.Command(id, body.version(), sent.patch("parentId", parentId(body.parentId())),
                sent.patch("name", body.name()),
                sent.patch("type", body.type() == null ? null : MenuType.valueOf(body.type())),
                sent.patch("path", body.path()), sent.patch("component", body.component()),
                sent.patch("permission", permission(body.permission())), sent.patch("icon", body.icon()),
                sent.patch("sort", body.sort()), sent.patch("visible", body.visible()),
                sent.patch("status", body.status() == null ? null : MenuStatus.valueOf(body.status())));
    }

    /** A parent id from a body: null or blank is the top level. */
    MenuId parentId(String text) {
        return text == null || text.isBlank() ? null : MenuId.parse("parentId", text.strip());
    }

    private static PermissionCode permission(String text) {
        return text == null || text.isBlank() ? null : new PermissionCode(text.strip());
    }

    MenuResponse toResponse(Menu menu) {
        return toResponse(menu, null);
    }

    MenuResponse toResponse(TreeNode<Menu> node) {
        return toResponse(node.item(), node.children().stream().map(this::toResponse).toList());
    }

    private static MenuResponse toResponse(Menu m, List<MenuResponse> children) {
        MenuDetails d = m.details();
        return new MenuResponse(m.id().toString(), m.parentId().map(Object::toString).orElse(null), d.name(),
                d.type(), d.path(), d.component(), d.permission() == null ? null : d.permission().value(), d.icon(),
                d.sort(), d.visible(), d.status(), m.version(), m.createdAt(), m.updatedAt(), children);
    }
}
