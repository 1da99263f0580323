package dev.bastion.adapters.messaging.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What this instance does when a change is told on its channel, by this instance or another
 * ({@link ChangeSubscription} delivers, {@link ChangeAnnouncer} sends): a cache drops its entries,
 * the event stream is read. It acts only while the subscription is up: messages sent while it is
 * down are lost.
 */
public interface HeardChanges extends FollowsSubscription {

    /** The channel's name under the key prefix, e.g. {@code sessions-changed}. */
    String channel();

    /** A change was heard: drop every entry (or otherwise catch up), in the calling thread. */
    void invalidateAll();

    /**
     * A change was heard on the subscription's own thread, which must not wait for Redis: what
     * cannot be done at once is done elsewhere; the change is acknowledged when the stage completes.
     */
    default CompletionStage<Void> heard() {
        invalidateAll();
        return CompletableFuture.completedFuture(null);
    }
}
