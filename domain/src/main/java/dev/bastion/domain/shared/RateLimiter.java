package dev.bastion.domain.shared;

import java.time.Duration;
import java.time.Instant;

/** Counts attempts per key in fixed windows, shared by every instance. */
public interface RateLimiter {

    /** Counts one attempt for {@code key}; refused once more than {@code limit} fall in one window. */
    Decision acquire(String key, int limit, Duration window, Instant now);

    /** @param retryAfter how long until the window that refused ends; zero when allowed */
    record Decision(boolean allowed, Duration retryAfter) {

        public static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }

        public static Decision refuse(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
