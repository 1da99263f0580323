package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** An item was added to a warehouse (with nothing in stock). */
public record ItemCreated(ItemId item) implements DomainEvent {

    public ItemCreated {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
