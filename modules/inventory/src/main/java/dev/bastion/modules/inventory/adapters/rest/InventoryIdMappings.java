package dev.bastion.modules.inventory.adapters.rest;

import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.WarehouseId;
import jakarta.inject.Singleton;

/** The module's ids leave the API as their canonical UUID text, as the core's do ({@code IdMappings}). */
@Singleton
final class InventoryIdMappings {

    String warehouseId(WarehouseId id) {
        return id == null ? null : id.toString();
    }

    String itemId(ItemId id) {
        return id == null ? null : id.toString();
    }
}
