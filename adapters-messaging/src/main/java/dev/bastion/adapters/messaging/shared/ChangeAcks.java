package dev.bastion.adapters.messaging.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The acknowledgements one announced change awaits: every instance that received it (as many as
 * {@code PUBLISH} counted) answers once it has dropped its cache, so when all have answered the
 * change counts on every instance, whichever one the next request reaches.
 */
final class ChangeAcks {

    /** What an instance publishes, on the change's own channel, after acting on change {@code id}. */
    static final String PREFIX = "ack:";

    private final AtomicLong received = new AtomicLong();
    private final CompletableFuture<Void> all = new CompletableFuture<>();
    private volatile long expected = Long.MAX_VALUE;

    /** One instance has acted on the change (acknowledgements may come before {@link #expect}). */
    void received() {
        if (received.incrementAndGet() >= expected) {
            all.complete(null);
        }
    }

    /** How many acknowledgements to wait for: the receivers {@code PUBLISH} counted. */
    void expect(long receivers) {
        expected = receivers;
        if (received.get() >= receivers) {
            all.complete(null);
        }
    }

    long receivedSoFar() {
        return received.get();
    }

    CompletableFuture<Void> all() {
        return all;
    }
}
