package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * An issue took the item's stock below its reorder level (it was at or above it before): time to
 * order more. Recorded once per crossing, not on every issue while the stock stays low. It names
 * the item only, as every event crossing the outbox does: a listener (a purchasing module) reads
 * the item's SKU, warehouse and quantity when it acts.
 */
public record ItemStockLow(ItemId item) implements DomainEvent {

    public ItemStockLow {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
