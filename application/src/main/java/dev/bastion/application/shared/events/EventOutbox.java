package dev.bastion.application.shared.events;

import dev.bastion.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The events waiting to be published, stored with the changes they tell of (the transactional
 * outbox). The repositories {@link #append} the events their aggregates recorded in the same
 * transaction as the change, so an event exists exactly when its change committed; the
 * {@link EventRelay} publishes them. The persistence adapter implements it.
 */
public interface EventOutbox {

    /** Stores {@code events} as unpublished, in the caller's transaction; the ids given, in order. */
    List<UUID> append(Collection<? extends DomainEvent> events);

    /**
     * Of {@code ids}, the events still unpublished, oldest first, without locking them (another
     * relay may be publishing them at the same time: listeners hear each id once).
     */
    List<CommittedEvent> unpublished(Collection<UUID> ids);

    /** Up to {@code limit} of the oldest unpublished events nobody else holds, locked until the caller's transaction ends. */
    List<CommittedEvent> claimOldest(int limit);

    /** Marks the events published at {@code at}. */
    void markPublished(Collection<UUID> ids, Instant at);

    /** Deletes the events published before {@code cutoff}; how many. Unpublished events are kept. */
    int purgePublishedBefore(Instant cutoff);

    /** How many events are unpublished and since when: one cheap query, for monitoring. */
    OutboxBacklog backlog();
}
