package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import java.util.Objects;

/**
 * A new warehouse of department {@code deptId}, which must exist and lie within the actor's data
 * scope (else {@code VALIDATION_ERROR} on {@code deptId}); a code in use is {@code CONFLICT} on {@code code}.
 */
public interface CreateWarehouse {

    WarehouseView create(UserId actor, Command command);

    record Command(DeptId deptId, WarehouseDetails details) {

        public Command {
            Objects.requireNonNull(details, "details");
        }
    }
}
