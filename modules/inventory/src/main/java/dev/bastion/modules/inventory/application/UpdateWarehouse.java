package dev.bastion.modules.inventory.application;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.util.Objects;

/**
 * Edits a warehouse read at {@code version} (a stale one is {@code VERSION_CONFLICT}) that lies
 * within the actor's data scope. A patch: a field left out keeps its value; {@code address} given
 * as null is cleared, the others cannot be. A new {@code deptId} must exist and lie within the
 * scope too (else {@code VALIDATION_ERROR} on {@code deptId}).
 */
public interface UpdateWarehouse {

    WarehouseView update(UserId actor, Command command);

    record Command(WarehouseId id, long version, FieldPatch<WarehouseCode> code, FieldPatch<String> name,
                   FieldPatch<String> address, FieldPatch<WarehouseStatus> status, FieldPatch<DeptId> deptId) {

        public Command {
            Objects.requireNonNull(id, "id");
            code = code.requireValue("code");
            name = name.requireValue("name");
            Objects.requireNonNull(address, "address");
            status = status.requireValue("status");
            deptId = deptId.requireValue("deptId");
        }

        /** The details after the patch. */
        public WarehouseDetails applyTo(WarehouseDetails d) {
            return new WarehouseDetails(code.applyTo(d.code()), name.applyTo(d.name()), address.applyTo(d.address()),
                    status.applyTo(d.status()));
        }
    }
}
