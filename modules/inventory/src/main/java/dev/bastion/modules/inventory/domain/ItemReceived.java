package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** Stock arrived: {@code amount} more of the item, {@code quantity} in stock after. */
public record ItemReceived(ItemId item, long amount, long quantity) implements DomainEvent {

    public ItemReceived {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
