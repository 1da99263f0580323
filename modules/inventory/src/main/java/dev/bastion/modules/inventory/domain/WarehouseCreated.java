package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A warehouse was opened. */
public record WarehouseCreated(WarehouseId warehouse) implements DomainEvent {

    public WarehouseCreated {
        Objects.requireNonNull(warehouse, "warehouse");
    }

    @Override
    public UUID subject() {
        return warehouse.value();
    }
}
