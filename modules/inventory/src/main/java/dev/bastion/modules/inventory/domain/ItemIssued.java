package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * Stock of the item was taken out. Like every event that crosses the outbox it names its subject
 * only: a listener reads the item for its quantity now.
 */
public record ItemIssued(ItemId item) implements DomainEvent {

    public ItemIssued {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
