package dev.bastion.application.shared.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * This instance's {@link DomainEventListener}s, each hearing every delivered event once: an id
 * heard before (a relay that published twice, a stream read again after a reconnect) is skipped.
 * The ids remembered are the last {@link #REMEMBERED}, far more than can be in flight at once.
 */
public final class EventListeners {

    static final int REMEMBERED = 10_000;

    private final List<DomainEventListener> listeners;
    private final Map<UUID, Boolean> heard = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public EventListeners(List<? extends DomainEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Hands {@code event} to every listener, unless its id was heard already; whether it was new. */
    public boolean deliver(CommittedEvent event) {
        synchronized (heard) {
            if (heard.putIfAbsent(event.id(), Boolean.TRUE) != null) {
                return false;
            }
        }
        listeners.forEach(listener -> listener.on(event.event()));
        return true;
    }
}
