package dev.bastion.adapters.messaging.identity.signin;

import com.github.benmanes.caffeine.cache.Cache;
import dev.bastion.adapters.messaging.shared.Expiring;
import dev.bastion.adapters.messaging.shared.WithoutRedis;
import dev.bastion.domain.identity.LoginThrottle;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LoginThrottle} for a single instance (no Redis): failure windows and locks in Caffeine,
 * each entry leaving at its own clean-up deadline like the Redis keys do.
 */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessLoginThrottle implements LoginThrottle {

    private record Failures(Instant start, int count) {
    }

    private final Cache<String, Expiring<Failures>> failures = Expiring.cache();
    private final Cache<String, Expiring<Instant>> locks = Expiring.cache();
    private final LatestNow latestNow = new LatestNow();

    @Override
    public int recordFailure(String login, Duration window, Instant now) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(window, "window");
        latestNow.saw(now);
        Expiring<Failures> counted = failures.asMap().compute(login, (key, before) -> {
            if (before != null && now.isBefore(before.value().start().plus(window))) {
                return before.replacedBy(new Failures(before.value().start(), before.value().count() + 1));
            }
            return Expiring.keptFor(new Failures(now, 1), window);
        });
        return counted.value().count();
    }

    @Override
    public void lock(String login, Instant until) {
        Objects.requireNonNull(login, "login");
        locks.put(login, Expiring.keptFor(Objects.requireNonNull(until, "until"), latestNow.until(until)));
    }

    @Override
    public Optional<Instant> lockedUntil(String login, Instant now) {
        latestNow.saw(now);
        Expiring<Instant> lock = locks.getIfPresent(login);
        return lock != null && now.isBefore(lock.value()) ? Optional.of(lock.value()) : Optional.empty();
    }

    @Override
    public void reset(String login) {
        failures.invalidate(login);
        locks.invalidate(login);
    }

    @Override
    public long countLocked(Instant now) {
        return locks.asMap().values().stream().filter(lock -> now.isBefore(lock.value())).count();
    }
}
