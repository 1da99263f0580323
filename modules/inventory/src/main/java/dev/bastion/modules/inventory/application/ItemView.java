package dev.bastion.modules.inventory.application;

import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.time.Instant;

/** An item as its managers read it; {@code lowStock}: its quantity is below its reorder level. */
public record ItemView(ItemId id, WarehouseId warehouseId, String sku, String name, String unit, long quantity,
                       long reorderLevel, boolean lowStock, long version, Instant createdAt, Instant updatedAt) {

    public static ItemView of(Item item) {
        ItemDetails d = item.details();
        return new ItemView(item.id(), item.warehouseId(), d.sku().value(), d.name(), d.unit(), item.quantity(),
                d.reorderLevel(), item.isLow(), item.version(), item.createdAt(), item.updatedAt());
    }
}
