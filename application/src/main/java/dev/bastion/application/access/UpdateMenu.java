package dev.bastion.application.access;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import java.util.Objects;

/**
 * Changes a menu entry read at {@code version} (stale: {@code VERSION_CONFLICT}); a new
 * {@code parentId} (null: the top level) moves it, refused when that would make a cycle. The
 * change reaches every holder of a role granting the entry at their next request. The actor must
 * hold the entry's permission before and after, and, when its permission or status changes, all
 * that every role granting it grants ({@code FORBIDDEN} otherwise). A patch: a field left out keeps
 * its value; {@code parentId}, {@code path}, {@code component}, {@code permission} and {@code icon}
 * given as null are cleared; {@code name}, {@code type}, {@code sort}, {@code visible} and
 * {@code status} cannot be.
 */
public interface UpdateMenu {

    MenuView update(UserId actor, Command command);

    record Command(MenuId id, long version, FieldPatch<MenuId> parentId, FieldPatch<String> name,
                   FieldPatch<MenuType> type, FieldPatch<String> path, FieldPatch<String> component,
                   FieldPatch<PermissionCode> permission, FieldPatch<String> icon, FieldPatch<Integer> sort,
                   FieldPatch<Boolean> visible, FieldPatch<MenuStatus> status) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(parentId, "parentId");
            name = name.requireValue("name");
            type = type.requireValue("type");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(permission, "permission");
            Objects.requireNonNull(icon, "icon");
            sort = sort.requireValue("sort");
            visible = visible.requireValue("visible");
            status = status.requireValue("status");
        }

        /** Every field given: the entry's whole new state. */
        public static Command everyField(MenuId id, MenuId parentId, MenuDetails details, long version) {
            return new Command(id, version, FieldPatch.of(parentId), FieldPatch.of(details.name()),
                    FieldPatch.of(details.type()), FieldPatch.of(details.path()), FieldPatch.of(details.component()),
                    FieldPatch.of(details.permission()), FieldPatch.of(details.icon()), FieldPatch.of(details.sort()),
                    FieldPatch.of(details.visible()), FieldPatch.of(details.status()));
        }

        /** The entry's details once this patch is applied to {@code current}. */
        public MenuDetails applyTo(MenuDetails current) {
            return new MenuDetails(name.applyTo(current.name()), type.applyTo(current.type()),
                    path.applyTo(current.path()), component.applyTo(current.component()),
                    permission.applyTo(current.permission()), icon.applyTo(current.icon()),
                    sort.applyTo(current.sort()), visible.applyTo(current.visible()),
                    status.applyTo(current.status()));
        }
    }
}
