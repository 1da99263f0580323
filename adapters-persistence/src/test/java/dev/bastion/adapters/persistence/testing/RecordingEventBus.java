package dev.bastion.adapters.persistence.testing;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventBus;
import dev.bastion.domain.shared.UnavailableException;
import java.util.ArrayList;
import java.util.List;

/** {@link EventBus} for the persistence tests: keeps what is published; can be made unreachable. */
public final class RecordingEventBus implements EventBus {

    private final List<CommittedEvent> published = new ArrayList<>();
    private volatile boolean away;

    @Override
    public synchronized void publish(List<CommittedEvent> events) {
        if (away) {
            throw new UnavailableException("the test's event bus", null);
        }
        published.addAll(events);
    }

    public synchronized List<CommittedEvent> published() {
        return List.copyOf(published);
    }

    public synchronized void clear() {
        published.clear();
    }

    /** While away, every publication fails as Redis being down would. */
    public void away(boolean away) {
        this.away = away;
    }
}
