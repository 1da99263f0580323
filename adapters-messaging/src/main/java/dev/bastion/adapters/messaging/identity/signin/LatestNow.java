package dev.bastion.adapters.messaging.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest domain time a throttle was told, for the one call without a clock:
 * {@code LoginThrottle.lock(login, until)} needs a clean-up TTL ({@code until - now}). The sign-in
 * flow records the failure (with {@code now}) right before it locks, so this is that {@code now}
 * in practice; before any call it falls back to the wall clock. Only a TTL depends on it, never a
 * decision.
 */
final class LatestNow {

    private final AtomicReference<Instant> latest = new AtomicReference<>();

    void saw(Instant now) {
        latest.accumulateAndGet(now, (before, seen) -> before == null || seen.isAfter(before) ? seen : before);
    }

    /** The latest domain time seen, if any was. */
    Optional<Instant> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** How long from the latest known domain time until {@code until} (negative when past). */
    Duration until(Instant until) {
        Instant now = latest.get();
        return Duration.between(now == null ? Instant.now() : now, until);
    }
}
