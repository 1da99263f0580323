package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import java.util.Objects;

/**
 * A new menu entry under {@code parentId} (null: the top level; an unknown parent is named as
 * invalid). A permission a sibling already carries is a {@code CONFLICT} naming it; one the actor
 * does not hold is {@code FORBIDDEN}.
 */
public interface CreateMenu {

    MenuView create(UserId actor, Command command);

    record Command(MenuId parentId, MenuDetails details) {

        public Command {
            Objects.requireNonNull(details, "details");
        }
    }
}
