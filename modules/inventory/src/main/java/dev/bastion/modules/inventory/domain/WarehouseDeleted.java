package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A warehouse was deleted (soft: it had no live items left). */
public record WarehouseDeleted(WarehouseId warehouse) implements DomainEvent {

    public WarehouseDeleted {
        Objects.requireNonNull(warehouse, "warehouse");
    }

    @Override
    public UUID subject() {
        return warehouse.value();
    }
}
