package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.RateLimiter.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The fixed window of a rate limit that {@code now} falls in: windows are aligned to the epoch
 * ({@code now} in epoch milliseconds divided by the window length), so every instance agrees on
 * them without sharing a start.
 */
record FixedWindow(long lengthMillis, long index, long nowMillis) {

    static FixedWindow of(Duration window, Instant now) {
        Objects.requireNonNull(now, "now");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate-limit window is positive");
        }
        long length = Math.max(1, window.toMillis());
        long nowMillis = now.toEpochMilli();
        return new FixedWindow(length, Math.floorDiv(nowMillis, length), nowMillis);
    }

    /** What {@code count} attempts in this window (this one included) mean for a limit of {@code limit}. */
    Decision decide(long count, int limit) {
        if (count <= limit) {
            return Decision.allow();
        }
        return Decision.refuse(remaining());
    }

    /** From now to the end of the window; at least one millisecond. */
    Duration remaining() {
        long end = (index + 1) * lengthMillis;
        return Duration.ofMillis(Math.max(1, end - nowMillis));
    }

    /** Names this window of {@code key}; numbers first, so no key can imitate another's window. */
    String name(String key) {
        return lengthMillis + ":" + index + ":" + key;
    }
}
