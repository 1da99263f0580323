package dev.bastion.modules.sample.wiring;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.domain.shared.DomainEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another module listening to inventory, as docs/extending.md describes: by the event's registered
 * name and its subject id, without importing anything of inventory (which the rules forbid).
 */
@Singleton
public final class LowStockAlerts implements DomainEventListener {

    private final List<UUID> itemsRunningLow = new CopyOnWriteArrayList<>();

    @Override
    public void on(DomainEvent event) {
        if ("inventory.ItemStockLow".equals(EventTypes.nameOf(event))) {
            itemsRunningLow.add(event.subject());
        }
    }

    /** The items inventory said ran low, in the order heard. */
    public List<UUID> itemsRunningLow() {
        return List.copyOf(itemsRunningLow);
    }
}
