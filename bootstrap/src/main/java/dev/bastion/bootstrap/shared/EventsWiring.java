package dev.bastion.bootstrap.shared;

import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.EventRelay;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Constructs the relay from the outbox (persistence) to the event bus (messaging). */
@Factory
final class EventsWiring {

    @Singleton
    EventRelay eventRelay(EventOutbox outbox, EventBus bus, Transactions transactions, Clock clock,
                          @Property(name = "bastion.outbox.retention", defaultValue = "7d") Duration retention) {
        return new EventRelay(outbox, bus, transactions, clock, retention);
    }
}
