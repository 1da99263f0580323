package dev.bastion.application.access;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import java.util.Objects;

/**
 * Changes a menu entry read at {@code version} (stale: {@code VERSION_CONFLICT}); a new
 * {@code parentId} (null: the top level) moves it, refused when that would make a cycle. The
 * change reaches every holder of a role granting the entry at their next request. The actor must
 * hold the entry's permission before and after, and, when its permission or status changes, all
 * that every role granting it grants ({@code FORBIDDEN} otherwise).
 */
public interface UpdateMenu {

    Menu update(UserId actor, Command command);

    record Command(MenuId id, MenuId parentId, MenuDetails details, long version) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(details, "details");
        }
    }
}
