package dev.bastion.application.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.UnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventRelayTest {

    private final FixedClock clock = FixedClock.at("2026-12-03T09:00:00Z");
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final List<CommittedEvent> delivered = new ArrayList<>();
    private boolean busAway;
    private final EventBus bus = events -> {
        if (busAway) {
            throw new UnavailableException("Redis", null);
        }
        delivered.addAll(events);
    };
    private final EventRelay relay = new EventRelay(outbox, bus, new InMemoryTransactions(), clock, Duration.ofDays(7));

    private List<UUID> append(int count) {
        List<DomainEvent> events = IntStream.range(0, count).<DomainEvent>mapToObj(i -> new RoleChanged(RoleId.newId()))
                .toList();
        return outbox.append(events);
    }

    @Test
    void committed_events_are_published_once_and_marked() {
        List<UUID> ids = append(2);

        relay.relayCommitted(ids);
        relay.relayCommitted(ids);

        assertThat(delivered).extracting(CommittedEvent::id).containsExactlyElementsOf(ids);
        assertThat(relay.relayPending()).isZero();
    }

    @Test
    void a_failed_publication_leaves_the_events_for_the_poll() {
        List<UUID> ids = append(1);
        busAway = true;

        assertThatThrownBy(() -> relay.relayCommitted(ids)).isInstanceOf(UnavailableException.class);
        assertThat(delivered).isEmpty();

        busAway = false;
        assertThat(relay.relayPending()).isEqualTo(1);
        assertThat(delivered).extracting(CommittedEvent::id).containsExactlyElementsOf(ids);
    }

    @Test
    void the_poll_publishes_everything_left_in_batches_oldest_first() {
        List<UUID> ids = append(EventRelay.BATCH * 2 + 3);

        assertThat(relay.relayPending()).isEqualTo(ids.size());

        assertThat(delivered).extracting(CommittedEvent::id).containsExactlyElementsOf(ids);
    }

    @Test
    void published_events_are_purged_after_the_retention_and_unpublished_ones_never() {
        relay.relayCommitted(append(2));
        append(1);
        assertThat(relay.purgePublished()).isZero();

        clock.advanceBy(Duration.ofDays(8));

        assertThat(relay.purgePublished()).isEqualTo(2);
        assertThat(relay.relayPending()).as("the unpublished one is still there").isEqualTo(1);
    }
}
