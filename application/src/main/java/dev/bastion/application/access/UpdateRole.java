package dev.bastion.application.access;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.organization.DeptId;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a role read at {@code version} (stale: {@code VERSION_CONFLICT}): its code, name,
 * status, data scope, departments and menu entries. Holders of the role are served the new
 * grants from their next request on, on every instance. The actor must hold everything the role
 * grants its holders, before and after the change ({@code FORBIDDEN} otherwise). A patch: a field
 * left out keeps its value, except that the departments go when the scope stops being CUSTOM
 * ({@link RoleDetails#withDataScope}); no field can be cleared with null (an empty list empties one).
 */
public interface UpdateRole {

    RoleView update(UserId actor, Command command);

    record Command(RoleId id, long version, FieldPatch<RoleCode> code, FieldPatch<String> name,
                   FieldPatch<Integer> sort, FieldPatch<RoleStatus> status, FieldPatch<DataScope> dataScope,
                   FieldPatch<Set<DeptId>> deptIds, FieldPatch<Set<MenuId>> menuIds) {

        public Command {
            Objects.requireNonNull(id, "id");
            code = code.requireValue("code");
            name = name.requireValue("name");
            sort = sort.requireValue("sort");
            status = status.requireValue("status");
            dataScope = dataScope.requireValue("dataScope");
            deptIds = deptIds.requireValue("deptIds").map(Set::copyOf);
            menuIds = menuIds.requireValue("menuIds").map(Set::copyOf);
        }

        /** Every field given: the role's whole new state. */
        public static Command everyField(RoleId id, RoleCode code, RoleDetails details, long version) {
            return new Command(id, version, FieldPatch.of(code), FieldPatch.of(details.name()),
                    FieldPatch.of(details.sort()), FieldPatch.of(details.status()), FieldPatch.of(details.dataScope()),
                    FieldPatch.of(details.deptIds()), FieldPatch.of(details.menuIds()));
        }

        /** The role's details once this patch is applied to {@code current}. */
        public RoleDetails applyTo(RoleDetails current) {
            RoleDetails scoped = current.withDataScope(dataScope.applyTo(current.dataScope()));
            return new RoleDetails(name.applyTo(scoped.name()), sort.applyTo(scoped.sort()),
                    status.applyTo(scoped.status()), scoped.dataScope(), deptIds.applyTo(scoped.deptIds()),
                    menuIds.applyTo(scoped.menuIds()));
        }
    }
}
