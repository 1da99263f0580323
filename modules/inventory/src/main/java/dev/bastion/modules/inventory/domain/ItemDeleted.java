package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** An item was deleted (soft: its SKU is free again). */
public record ItemDeleted(ItemId item) implements DomainEvent {

    public ItemDeleted {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
