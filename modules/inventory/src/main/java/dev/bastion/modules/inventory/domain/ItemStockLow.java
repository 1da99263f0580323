package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * An issue took the item's stock below its reorder level (it was at or above it before): time to
 * order more. Recorded once per crossing, not on every issue while the stock stays low.
 */
public record ItemStockLow(ItemId itemId, WarehouseId warehouseId, Sku sku, long quantity, long reorderLevel)
        implements DomainEvent {

    public ItemStockLow {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(warehouseId, "warehouseId");
        Objects.requireNonNull(sku, "sku");
    }

    @Override
    public UUID subject() {
        return itemId.value();
    }
}
