package dev.bastion.adapters.persistence.shared;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The ids of the events appended in the calling thread's unit of work ({@link JdbcTransactions}),
 * to be relayed once it has committed. Appends outside such a unit of work are left to the
 * relay's poll.
 */
@Singleton
final class CommittedEventIds {

    private final ThreadLocal<List<UUID>> current = new ThreadLocal<>();

    /** Starts collecting for the calling thread, unless a unit of work already does; whether this call started it. */
    boolean begin() {
        if (current.get() != null) {
            return false;
        }
        current.set(new ArrayList<>());
        return true;
    }

    /** Stops collecting for the calling thread; the ids appended since {@link #begin()}. */
    List<UUID> end() {
        List<UUID> ids = current.get();
        current.remove();
        return ids == null ? List.of() : ids;
    }

    void note(Collection<UUID> ids) {
        List<UUID> collecting = current.get();
        if (collecting != null) {
            collecting.addAll(ids);
        }
    }
}
