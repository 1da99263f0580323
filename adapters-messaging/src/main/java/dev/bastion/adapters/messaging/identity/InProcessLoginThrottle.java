package dev.bastion.adapters.messaging.identity;

import dev.bastion.domain.identity.LoginThrottle;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link LoginThrottle} in this process's memory, for a single instance without Redis. */
@Singleton
@Requires(missingProperty = "redis.uri")
final class InProcessLoginThrottle implements LoginThrottle {

    private record Failures(Instant windowStart, int count) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();

    @Override
    public int recordFailure(String login, Duration window, Instant now) {
        return failures.compute(login, (key, current) -> current == null
                || !now.isBefore(current.windowStart().plus(window))
                ? new Failures(now, 1)
                : new Failures(current.windowStart(), current.count() + 1)).count();
    }

    @Override
    public void lock(String login, Instant until) {
        locks.put(login, until);
    }

    @Override
    public Optional<Instant> lockedUntil(String login, Instant now) {
        Instant until = locks.get(login);
        if (until == null) {
            return Optional.empty();
        }
        if (!now.isBefore(until)) {
            locks.remove(login, until);
            return Optional.empty();
        }
        return Optional.of(until);
    }

    @Override
    public void reset(String login) {
        failures.remove(login);
        locks.remove(login);
    }
}
