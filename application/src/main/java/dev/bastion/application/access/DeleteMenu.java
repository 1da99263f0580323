package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.MenuId;

/**
 * Deletes a menu entry without children that no role grants ({@code CONFLICT} otherwise); one
 * carrying a permission the actor does not hold is {@code FORBIDDEN}.
 */
public interface DeleteMenu {

    void delete(UserId actor, MenuId id);
}
