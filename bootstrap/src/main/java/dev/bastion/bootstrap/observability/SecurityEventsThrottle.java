package dev.bastion.bootstrap.observability;

import dev.bastion.domain.identity.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LoginThrottle} that logs each lockout once, when it is set (WARN on
 * {@value SignInMeter#SECURITY_LOGGER}: the login and the lock's end), and otherwise only passes
 * calls on.
 */
final class SecurityEventsThrottle implements LoginThrottle {

    private static final Logger SECURITY = LoggerFactory.getLogger(SignInMeter.SECURITY_LOGGER);

    private final LoginThrottle delegate;

    SecurityEventsThrottle(LoginThrottle delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public int recordFailure(String login, Duration window, Instant now) {
        return delegate.recordFailure(login, window, now);
    }

    @Override
    public void lock(String login, Instant until) {
        delegate.lock(login, until);
        SECURITY.warn("Login '{}' locked until {} after repeated failed sign-ins", login, until);
    }

    @Override
    public Optional<Instant> lockedUntil(String login, Instant now) {
        return delegate.lockedUntil(login, now);
    }

    @Override
    public void reset(String login) {
        delegate.reset(login);
    }

    @Override
    public long countLocked(Instant now) {
        return delegate.countLocked(now);
    }
}
