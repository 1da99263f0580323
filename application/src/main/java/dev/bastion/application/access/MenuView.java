package dev.bastion.application.access;

import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import java.time.Instant;

/**
 * A menu entry as read: a read model, so that no adapter needs the {@code Menu} aggregate.
 * {@code parentId} is null at the top level; {@code path}, {@code component}, {@code permission}
 * and {@code icon} may be null.
 */
public record MenuView(MenuId id, MenuId parentId, String name, MenuType type, String path, String component,
                       String permission, String icon, int sort, boolean visible, MenuStatus status, long version,
                       Instant createdAt, Instant updatedAt) {

    public static MenuView of(Menu menu) {
        MenuDetails d = menu.details();
        return new MenuView(menu.id(), menu.parentId().orElse(null), d.name(), d.type(), d.path(), d.component(),
                d.permission() == null ? null : d.permission().value(), d.icon(), d.sort(), d.visible(), d.status(),
                menu.version(), menu.createdAt(), menu.updatedAt());
    }
}
