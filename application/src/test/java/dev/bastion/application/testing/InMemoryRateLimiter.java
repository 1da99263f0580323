package dev.bastion.application.testing;

import dev.bastion.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link RateLimiter} contract in a map, by the {@code now} it is given: fixed windows
 * aligned to the epoch (a one-minute window runs from :00 to the next :00), every attempt counted,
 * refused ones included, as an {@code INCR} with expiry would.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private record Window(long startMillis, int attempts) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Decision acquire(String key, int limit, Duration window, Instant now) {
        long length = window.toMillis();
        long start = Math.floorDiv(now.toEpochMilli(), length) * length;
        Window current = windows.get(key);
        int attempts = current == null || current.startMillis() != start ? 1 : current.attempts() + 1;
        windows.put(key, new Window(start, attempts));
        if (attempts <= limit) {
            return Decision.allow();
        }
        return Decision.refuse(Duration.between(now, Instant.ofEpochMilli(start + length)));
    }
}
