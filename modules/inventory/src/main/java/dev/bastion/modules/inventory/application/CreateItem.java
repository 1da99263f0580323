package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.Objects;

/**
 * A new item, with nothing in stock, in warehouse {@code warehouseId}: one that exists within the
 * actor's data scope (else {@code VALIDATION_ERROR} on {@code warehouseId}) and is ENABLED (else
 * {@code CONFLICT}). A SKU a live item has, ignoring case, is {@code CONFLICT} on {@code sku}.
 */
public interface CreateItem {

    ItemView create(UserId actor, Command command);

    record Command(WarehouseId warehouseId, ItemDetails details) {

        public Command {
            Objects.requireNonNull(details, "details");
        }
    }
}
