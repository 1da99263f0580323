package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.WarehouseId;

/** One warehouse; {@code NOT_FOUND} when it does not exist or its department is outside the actor's data scope. */
public interface GetWarehouse {

    WarehouseView get(UserId actor, WarehouseId id);
}
