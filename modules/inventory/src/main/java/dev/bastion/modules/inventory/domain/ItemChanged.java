package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** An item's SKU, name, unit or reorder level changed. */
public record ItemChanged(ItemId item) implements DomainEvent {

    public ItemChanged {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
