package dev.bastion.application.testing;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.DomainEventListener;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.OutboxBacklog;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.UuidV7;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link EventOutbox} for use-case tests, which the in-memory repositories append to. The fakes
 * have no rollback, so what they write counts as committed: each appended event is also handed at
 * once to the given listeners (as the relay would after the commit), so a cache in the test
 * follows the change. Claims are not locks here: the tests are single-threaded.
 */
public final class InMemoryEventOutbox implements EventOutbox {

    private final List<DomainEventListener> listeners;
    private final Map<UUID, CommittedEvent> unpublished = new LinkedHashMap<>();
    private final Map<UUID, Instant> published = new LinkedHashMap<>();
    private final List<DomainEvent> appended = new ArrayList<>();

    public InMemoryEventOutbox(DomainEventListener... listeners) {
        this.listeners = List.of(listeners);
    }

    @Override
    public synchronized List<UUID> append(Collection<? extends DomainEvent> events) {
        List<UUID> ids = new ArrayList<>();
        for (DomainEvent event : events) {
            UUID id = UuidV7.next();
            unpublished.put(id, new CommittedEvent(id, event, Instant.now()));
            appended.add(event);
            ids.add(id);
        }
        events.forEach(event -> listeners.forEach(listener -> listener.on(event)));
        return ids;
    }

    @Override
    public synchronized List<CommittedEvent> unpublished(Collection<UUID> ids) {
        return unpublished.values().stream().filter(event -> ids.contains(event.id())).toList();
    }

    @Override
    public synchronized List<CommittedEvent> claimOldest(int limit) {
        return unpublished.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void markPublished(Collection<UUID> ids, Instant at) {
        ids.forEach(id -> {
            if (unpublished.remove(id) != null) {
                published.put(id, at);
            }
        });
    }

    @Override
    public synchronized int purgePublishedBefore(Instant cutoff) {
        int before = published.size();
        published.values().removeIf(at -> at.isBefore(cutoff));
        return before - published.size();
    }

    @Override
    public synchronized OutboxBacklog backlog() {
        return new OutboxBacklog(unpublished.size(),
                unpublished.values().stream().map(CommittedEvent::occurredAt).min(Instant::compareTo));
    }

    /** Every event appended so far, in order: what the use cases told. */
    public synchronized List<DomainEvent> appended() {
        return List.copyOf(appended);
    }

    /** The event appended last. */
    public synchronized DomainEvent last() {
        if (appended.isEmpty()) {
            throw new AssertionError("no event was appended");
        }
        return appended.get(appended.size() - 1);
    }

    /** How many events were appended so far. */
    public synchronized int count() {
        return appended.size();
    }

    /** How many published events are kept. */
    public synchronized int publishedKept() {
        return published.size();
    }
}
