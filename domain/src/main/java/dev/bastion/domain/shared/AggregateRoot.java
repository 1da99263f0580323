package dev.bastion.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An aggregate that records the {@link DomainEvent}s of its changes until they are stored: the
 * repository that saves it takes them ({@link #pullEvents()}) and writes them in the same
 * transaction, so an event exists exactly when its change committed.
 */
public abstract class AggregateRoot {

    private final List<DomainEvent> events = new ArrayList<>();

    /** Records {@code event}, unless an equal one is already waiting (a change made twice is told once). */
    protected final void record(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (!events.contains(event)) {
            events.add(event);
        }
    }

    /**
     * Whether changes were recorded and not yet taken: every change an aggregate makes tells an
     * event, so none waiting means there is nothing to store (a save would only move the version).
     */
    public final boolean hasPendingEvents() {
        return !events.isEmpty();
    }

    /** The events recorded since the last call, oldest first; the aggregate forgets them. */
    public final List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
