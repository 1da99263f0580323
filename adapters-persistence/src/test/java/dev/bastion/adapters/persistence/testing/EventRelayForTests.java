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
 * adapter (which this module does not see); the outbox poll stays off in these tests
 * ({@code bastion.outbox.polling=false}) so that each test decides when to catch up.
 */
@Factory
@Requires(property = "bastion.test.event-relay", notEquals = "false")
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
