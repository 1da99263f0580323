package dev.bastion.bootstrap.observability;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SessionStore} that logs the revocations an operator should see, once, on
 * {@value SignInMeter#SECURITY_LOGGER}: a forced logout (INFO; the administrator who forced it is
 * the request's user id in the log line's context) and a refresh token presented again after it
 * was rotated (WARN: a stolen token, or a client that lost an answer). Everything else is passed on.
 */
final class SecurityEventsSessionStore implements SessionStore {

    private static final Logger SECURITY = LoggerFactory.getLogger(SignInMeter.SECURITY_LOGGER);

    private final SessionStore delegate;

    SecurityEventsSessionStore(SessionStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void revoke(SessionId id, RevocationReason reason, Instant now) {
        delegate.revoke(id, reason, now);
        if (reason == RevocationReason.FORCED_LOGOUT) {
            SECURITY.info("Session {} ended by an administrator (forced logout)", id);
        } else if (reason == RevocationReason.REFRESH_TOKEN_REUSED) {
            SECURITY.warn("Refresh token reuse detected: session {} ended", id);
        }
    }

    @Override
    public void add(Session session) {
        delegate.add(session);
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return delegate.find(id);
    }

    @Override
    public boolean update(Session session) {
        return delegate.update(session);
    }

    @Override
    public int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        return delegate.revokeAllOf(user, keep, reason, now);
    }

    @Override
    public Optional<ActiveSession> check(SessionId id, Instant now) {
        return delegate.check(id, now);
    }

    @Override
    public List<Session> liveSessionsOf(UserId user, Instant now) {
        return delegate.liveSessionsOf(user, now);
    }

    @Override
    public Page<Session> liveSessions(PageRequest page, Instant now) {
        return delegate.liveSessions(page, now);
    }

    @Override
    public long countLive(Instant now) {
        return delegate.countLive(now);
    }

    @Override
    public int purgeExpired(Instant now) {
        return delegate.purgeExpired(now);
    }
}
