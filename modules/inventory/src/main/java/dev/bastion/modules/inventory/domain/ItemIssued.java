package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** Stock left: {@code amount} of the item taken out, {@code quantity} in stock after. */
public record ItemIssued(ItemId item, long amount, long quantity) implements DomainEvent {

    public ItemIssued {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
