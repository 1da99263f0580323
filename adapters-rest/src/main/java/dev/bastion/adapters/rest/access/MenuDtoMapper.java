package dev.bastion.adapters.rest.access;

import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import jakarta.inject.Singleton;
import java.util.List;

/** Menu DTOs to domain values and back; the domain names what it refuses. */
@Singleton
final class MenuDtoMapper {

    MenuDetails details(CreateMenuRequest body) {
        return new MenuDetails(body.name(), MenuType.valueOf(body.type()), body.path(), body.component(),
                permission(body.permission()), body.icon(), body.sort() == null ? 0 : body.sort(),
                body.visible() == null || body.visible(),
                body.status() == null ? MenuStatus.ENABLED : MenuStatus.valueOf(body.status()));
    }

    /** The entry's details with what {@code body} sends; a field left out (null) keeps its value, "" clears it. */
    MenuDetails details(UpdateMenuRequest body, MenuDetails current) {
        return new MenuDetails(
                body.name() == null ? current.name() : body.name(),
                body.type() == null ? current.type() : MenuType.valueOf(body.type()),
                body.path() == null ? current.path() : body.path(),
                body.component() == null ? current.component() : body.component(),
                body.permission() == null ? current.permission() : permission(body.permission()),
                body.icon() == null ? current.icon() : body.icon(),
                body.sort() == null ? current.sort() : body.sort(),
                body.visible() == null ? current.visible() : body.visible(),
                body.status() == null ? current.status() : MenuStatus.valueOf(body.status()));
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
