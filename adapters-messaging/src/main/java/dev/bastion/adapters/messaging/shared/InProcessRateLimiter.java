package dev.bastion.adapters.messaging.shared;

import dev.bastion.domain.shared.RateLimiter;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RateLimiter} in this process's memory: fixed windows aligned to the epoch. */
@Singleton
@Requires(missingProperty = "redis.uri")
final class InProcessRateLimiter implements RateLimiter {

    private record Window(long index, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public Decision acquire(String key, int limit, Duration window, Instant now) {
        long size = window.toMillis();
        long index = now.toEpochMilli() / size;
        Window counted = windows.compute(key, (k, current) -> current == null || current.index() != index
                ? new Window(index, 1)
                : new Window(index, current.count() + 1));
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.index() < index);
        }
        return counted.count() <= limit
                ? Decision.allow()
                : Decision.refuse(Duration.ofMillis(Math.max(1, (index + 1) * size - now.toEpochMilli())));
    }
}
