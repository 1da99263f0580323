package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.application.shared.events.EventListeners;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** This instance's {@link EventListeners}: every {@link DomainEventListener} bean, hearing each event id once. */
@Factory
final class EventListenersFactory {

    @Singleton
    EventListeners eventListeners(List<DomainEventListener> listeners) {
        return new EventListeners(listeners);
    }
}
