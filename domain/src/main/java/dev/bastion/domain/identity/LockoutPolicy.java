package dev.bastion.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * After {@code maxFailures} wrong passwords within {@code window}, the account is locked for
 * {@code lockDuration} (docs/configuration.md: 5, 15 min, 15 min by default).
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("window and lockDuration must be positive");
        }
    }

    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    public boolean locksAfter(int failuresInWindow) {
        return failuresInWindow >= maxFailures;
    }

    public Instant lockEnd(Instant now) {
        return now.plus(lockDuration);
    }
}
