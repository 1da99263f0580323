package dev.bastion.application.access;

import dev.bastion.domain.access.MenuId;

/** One menu entry; {@code NOT_FOUND} when there is none. */
public interface GetMenu {

    MenuView get(MenuId id);
}
