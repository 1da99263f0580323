package dev.bastion.application.testing;

import dev.bastion.domain.identity.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LoginThrottle} contract in maps, by the {@code now} it is given. Failures are
 * counted in a fixed window that opens with the first failure; a failure at or after the window's
 * end opens a new one. A lock holds while {@code now} is before its end. Logins are taken as given
 * (the caller passes the canonical form).
 */
public final class InMemoryLoginThrottle implements LoginThrottle {

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, Instant> locks = new HashMap<>();

    @Override
    public synchronized int recordFailure(String login, Duration window, Instant now) {
        Window current = windows.get(login);
        Window next = current == null || !now.isBefore(current.start().plus(window))
                ? new Window(now, 1)
                : new Window(current.start(), current.failures() + 1);
        windows.put(login, next);
        return next.failures();
    }

    @Override
    public synchronized void lock(String login, Instant until) {
        locks.put(login, until);
    }

    @Override
    public synchronized Optional<Instant> lockedUntil(String login, Instant now) {
        return Optional.ofNullable(locks.get(login)).filter(now::isBefore);
    }

    @Override
    public synchronized void reset(String login) {
        windows.remove(login);
        locks.remove(login);
    }

    @Override
    public synchronized long countLocked(Instant now) {
        return locks.values().stream().filter(now::isBefore).count();
    }
}
