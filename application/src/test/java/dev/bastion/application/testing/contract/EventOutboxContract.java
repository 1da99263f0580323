package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.OutboxBacklog;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.UserDisabled;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DepartmentMoved;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventOutbox} promises, in memory as in PostgreSQL: events come back as they
 * were appended, oldest first; what is marked published is not claimed again and is purged after
 * the cutoff; what is unpublished is never purged. Each test starts from an outbox with nothing
 * unpublished (the tests of one class share a database).
 */
public abstract class EventOutboxContract {

    private static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

    private EventOutbox outbox;

    protected abstract EventOutbox outbox();

    /** Runs {@code work} in one unit of work, as the relay does (claims lock until it ends). */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void startWithNothingUnpublished() {
        outbox = outbox();
        inTransaction(() -> {
            List<CommittedEvent> left;
            while (!(left = outbox.claimOldest(1_000)).isEmpty()) {
                outbox.markPublished(ids(left), Instant.now());
            }
            return outbox.purgePublishedBefore(FAR_FUTURE);
        });
    }

    private static List<UUID> ids(List<CommittedEvent> events) {
        return events.stream().map(CommittedEvent::id).toList();
    }

    private static List<DomainEvent> three() {
        return List.of(new RoleChanged(RoleId.newId()), new UserDisabled(UserId.newId()),
                new DepartmentMoved(DeptId.newId()));
    }

    @Test
    void appendedEventsComeBackAsAppendedInTheirOrderWithTheTimeTheyWereStored() {
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        List<DomainEvent> events = three();

        List<UUID> ids = outbox.append(events);

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        List<CommittedEvent> claimed = outbox.unpublished(ids);
        assertThat(claimed).extracting(CommittedEvent::id).containsExactlyElementsOf(ids);
        assertThat(claimed).extracting(CommittedEvent::event).containsExactlyElementsOf(events);
        assertThat(claimed).allSatisfy(event -> assertThat(event.occurredAt())
                .isBetween(before, Instant.now().plus(Duration.ofMinutes(1))));
    }

    @Test
    void appendingNothingStoresNothing() {
        assertThat(outbox.append(List.of())).isEmpty();
        assertThat(inTransaction(() -> outbox.claimOldest(10))).isEmpty();
    }

    @Test
    void theOldestUnpublishedComeFirstAndAtMostTheLimit() {
        List<UUID> first = outbox.append(three());
        List<UUID> second = outbox.append(three());

        assertThat(inTransaction(() -> outbox.claimOldest(4))).extracting(CommittedEvent::id)
                .containsExactly(first.get(0), first.get(1), first.get(2), second.get(0));
    }

    @Test
    void publishedEventsAreNotClaimedAgainAndUnknownIdsAreIgnored() {
        List<UUID> ids = outbox.append(three());
        inTransaction(() -> {
            outbox.markPublished(ids.subList(0, 2), Instant.now());
            return null;
        });

        List<UUID> asked = List.of(ids.get(0), ids.get(1), ids.get(2), UUID.randomUUID());
        assertThat(outbox.unpublished(asked)).extracting(CommittedEvent::id).containsExactly(ids.get(2));
        assertThat(inTransaction(() -> outbox.claimOldest(10))).extracting(CommittedEvent::id).containsExactly(ids.get(2));
    }

    @Test
    void onlyEventsPublishedBeforeTheCutoffArePurgedNeverUnpublishedOnes() {
        Instant published = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        List<UUID> ids = outbox.append(three());
        inTransaction(() -> {
            outbox.markPublished(ids.subList(0, 2), published);
            return null;
        });

        assertThat(inTransaction(() -> outbox.purgePublishedBefore(published))).isZero();
        assertThat(inTransaction(() -> outbox.purgePublishedBefore(published.plusSeconds(1)))).isEqualTo(2);
        assertThat(inTransaction(() -> outbox.claimOldest(10))).extracting(CommittedEvent::id).containsExactly(ids.get(2));
    }

    @Test
    void theBacklogCountsTheUnpublishedAndTellsWhenTheOldestWasStored() {
        assertThat(outbox.backlog()).isEqualTo(OutboxBacklog.empty());
        Instant before = Instant.now().minus(Duration.ofMinutes(1));
        List<UUID> first = outbox.append(three());
        List<CommittedEvent> stored = outbox.unpublished(first);
        outbox.append(three());

        OutboxBacklog backlog = outbox.backlog();
        assertThat(backlog.unpublished()).isEqualTo(6);
        assertThat(backlog.oldest()).contains(stored.get(0).occurredAt());
        assertThat(backlog.oldest().orElseThrow()).isAfter(before);

        inTransaction(() -> {
            List<CommittedEvent> left;
            while (!(left = outbox.claimOldest(1_000)).isEmpty()) {
                outbox.markPublished(ids(left), Instant.now());
            }
            return null;
        });
        assertThat(outbox.backlog()).isEqualTo(OutboxBacklog.empty());
    }
}
