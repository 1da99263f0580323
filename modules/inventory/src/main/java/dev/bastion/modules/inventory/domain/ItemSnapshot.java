package dev.bastion.modules.inventory.domain;

import java.time.Instant;

/** An item's whole state, to store it and rebuild it ({@link Item#reconstitute}). */
public record ItemSnapshot(ItemId id, WarehouseId warehouseId, ItemDetails details, long quantity, long version,
                           Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
