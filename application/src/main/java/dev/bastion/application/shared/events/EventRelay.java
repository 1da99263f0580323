package dev.bastion.application.shared.events;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Moves committed events from the {@link EventOutbox} to the {@link EventBus}, at least once:
 * publishes, then marks them published. Just-committed events ({@link #relayCommitted}) are read
 * without a lock and published outside any transaction, so a write holds no connection while
 * the instances acknowledge; the poll ({@link #relayPending()}) claims what is left with a row
 * lock nobody else waits for (two polls never publish the same rows). A failed publication marks
 * nothing: the events stay unpublished and the next poll tries again. An event published twice
 * (a commit's relay racing the poll, a process that died between publishing and marking) changes
 * nothing: listeners hear each id once.
 */
public final class EventRelay implements RelayEvents {

    /** Events published per transaction when catching up. */
    static final int BATCH = 100;

    private final EventOutbox outbox;
    private final EventBus bus;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration retention;

    public EventRelay(EventOutbox outbox, EventBus bus, Transactions transactions, Clock clock, Duration retention) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
    }

    @Override
    public void relayCommitted(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        publish(outbox.unpublished(ids));
    }

    @Override
    public int relayPending() {
        int published = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> publish(outbox.claimOldest(BATCH)));
            published += batch;
        } while (batch == BATCH);
        return published;
    }

    @Override
    public int purgePublished() {
        return transactions.inTransaction(() -> outbox.purgePublishedBefore(clock.now().minus(retention)));
    }

    private int publish(List<CommittedEvent> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        bus.publish(claimed);
        outbox.markPublished(claimed.stream().map(CommittedEvent::id).toList(), clock.now());
        return claimed.size();
    }
}
