package dev.bastion.application.shared.events;

import java.util.Collection;
import java.util.UUID;

/** Publishes what the outbox holds: the use case the persistence adapter triggers after a commit, and on a short poll. */
public interface RelayEvents {

    /**
     * Publishes the events {@code ids} (just committed), unless already published; returns when
     * they are published, so the change counts on every instance by the time the caller answers.
     */
    void relayCommitted(Collection<UUID> ids);

    /** Publishes every event still unpublished (left by a relay that failed or a process that died); how many. */
    int relayPending();

    /** Deletes events published longer ago than the retention; how many. */
    int purgePublished();
}
