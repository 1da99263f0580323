package dev.bastion.adapters.rest.access;

import dev.bastion.adapters.rest.json.SentFields;
import dev.bastion.adapters.rest.shared.IdMappings;
import dev.bastion.adapters.rest.shared.RestMapperConfig;
import dev.bastion.application.access.MenuView;
import dev.bastion.application.access.UpdateMenu;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import java.util.List;
import java.util.Objects;
import org.mapstruct.Mapper;

/** Menu read models to DTOs (generated), and request bodies to commands; the domain names what it refuses. */
@Mapper(config = RestMapperConfig.class, uses = IdMappings.class)
interface MenuDtoMapper {

    /** An entry with {@code children} (a tree node), or with none ({@code null}: left out of the JSON). */
    MenuResponse toResponse(MenuView item, List<MenuResponse> children);

    default MenuResponse toResponse(MenuView menu) {
        return toResponse(menu, null);
    }

    default MenuResponse toResponse(TreeNode<MenuView> node) {
        return toResponse(node.item(), node.children().stream().map(this::toResponse).toList());
    }

    default MenuDetails details(CreateMenuRequest body) {
        return new MenuDetails(body.name(), MenuType.valueOf(body.type()), body.path(), body.component(),
                permission(body.permission()), body.icon(), body.sort() == null ? 0 : body.sort(),
                body.visible() == null || body.visible(),
                body.status() == null ? MenuStatus.ENABLED : MenuStatus.valueOf(body.status()));
    }

    /** The patch {@code body} asks for: fields it left out are absent, {@code ""} counts as {@code null}. */
    default UpdateMenu.Command command(MenuId id, UpdateMenuRequest body) {
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
    default MenuId parentId(String text) {
        return text == null || text.isBlank() ? null : MenuId.parse("parentId", text.strip());
    }

    private static PermissionCode permission(String text) {
        return text == null || text.isBlank() ? null : new PermissionCode(text.strip());
    }
}
