package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * Stock of the item arrived. Like every event that crosses the outbox it names its subject only: a
 * listener reads the item for its quantity now.
 */
public record ItemReceived(ItemId item) implements DomainEvent {

    public ItemReceived {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
