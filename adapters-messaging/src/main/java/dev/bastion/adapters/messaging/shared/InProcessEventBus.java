package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.application.shared.events.EventListeners;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** {@link EventBus} for a single instance (no Redis): its listeners hear the events in the publishing thread. */
@Singleton
@Requires(condition = WithoutRedis.class)
public final class InProcessEventBus implements EventBus {

    private final EventListeners listeners;

    public InProcessEventBus(EventListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public void publish(List<CommittedEvent> events) {
        events.forEach(listeners::deliver);
    }
}
