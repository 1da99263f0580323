package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A warehouse's code, name, address, status or owning department changed. */
public record WarehouseChanged(WarehouseId warehouse) implements DomainEvent {

    public WarehouseChanged {
        Objects.requireNonNull(warehouse, "warehouse");
    }

    @Override
    public UUID subject() {
        return warehouse.value();
    }
}
