package dev.bastion.adapters.persistence.testing;

import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.EventRelay;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import dev.bastion.domain.shared.Clock;

/**
 * The relay as bootstrap wires it, with a {@link RecordingEventBus} in place of the messaging
 * adapter (which this module does not see), for this module's tests only; the outbox poll stays off in these tests
 * ({@code bastion.outbox.polling=false}) so that each test decides when to catch up.
 */
@Factory
// bootstrap's tests see this jar too, and wire the real relay with the messaging adapter's bus
@Requires(missingClasses = "dev.bastion.adapters.messaging.shared.InProcessEventBus")
public final class EventRelayForTests {

    @Singleton
    RecordingEventBus bus() {
        return new RecordingEventBus();
    }

    @Singleton
    EventRelay relay(EventOutbox outbox, RecordingEventBus bus, Transactions transactions) {
        return new EventRelay(outbox, bus, transactions, Clock.system(), Duration.ofDays(7));
    }
}
