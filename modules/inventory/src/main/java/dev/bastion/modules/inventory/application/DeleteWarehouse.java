package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.WarehouseId;

/** Deletes a warehouse within the actor's data scope; {@code CONFLICT} while it holds a live item. */
public interface DeleteWarehouse {

    void delete(UserId actor, WarehouseId id);
}
