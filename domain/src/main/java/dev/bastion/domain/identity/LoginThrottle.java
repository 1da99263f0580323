package dev.bastion.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins and locks per login name (canonical form), shared by every instance. Counted
 * for unknown names too, so a lock reveals nothing about which names exist.
 */
public interface LoginThrottle {

    /** Counts one failure; returns the failures in the window that began with the first of them. */
    int recordFailure(String login, Duration window, Instant now);

    void lock(String login, Instant until);

    /** The end of the lock, when {@code login} is locked at {@code now}. */
    Optional<Instant> lockedUntil(String login, Instant now);

    /** Forgets failures and lock (after a successful sign-in, or an administrator's unlock). */
    void reset(String login);

    /**
     * How many logins are locked at {@code now}: a figure for monitoring, read in the background,
     * so it may cost one round trip but never a scan of every key.
     */
    long countLocked(Instant now);
}
