package dev.bastion.adapters.messaging.shared;

import com.github.benmanes.caffeine.cache.Cache;
import dev.bastion.domain.shared.RateLimiter;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** {@link RateLimiter} for a single instance (no Redis): one counter per key and window, in memory. */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessRateLimiter implements RateLimiter {

    private final Cache<String, Expiring<Long>> counters = Expiring.cache();

    @Override
    public Decision acquire(String key, int limit, Duration window, Instant now) {
        Objects.requireNonNull(key, "key");
        FixedWindow current = FixedWindow.of(window, now);
        Expiring<Long> counted = counters.asMap().compute(current.name(key), (name, before) -> before == null
                ? Expiring.keptFor(1L, current.remaining())
                : before.replacedBy(before.value() + 1));
        return current.decide(counted.value(), limit);
    }
}
