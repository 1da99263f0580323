package dev.bastion.application.access;

import dev.bastion.domain.access.MenuId;

/** Deletes a menu entry without children that no role grants ({@code CONFLICT} otherwise). */
public interface DeleteMenu {

    void delete(MenuId id);
}
