package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.RateLimitedException;
import dev.bastion.domain.shared.RateLimiter;
import java.time.Instant;

/**
 * Rotation with reuse detection. Two refreshes racing with one token: both rotate their own copy,
 * the store keeps only the first (version check) and the second is refused; a second use that
 * arrives after the first was stored is reuse and ends the session, as a token used twice should.
 */
public final class RefreshSessionService implements RefreshSession {

    private final SessionStore sessions;
    private final UserRepository users;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final AuthPolicies policies;

    public RefreshSessionService(SessionStore sessions, UserRepository users, RateLimiter rateLimiter, Clock clock,
                                 AuthPolicies policies) {
        this.sessions = sessions;
        this.users = users;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.policies = policies;
    }

    @Override
    public SignedIn refresh(Command command) {
        Instant now = clock.now();
        AuthSettings settings = policies.current();
        RateLimiter.Decision rate = rateLimiter.acquire("refresh:" + command.client().ip(),
                settings.attemptsPerMinute(), LogInService.RATE_WINDOW, now);
        if (!rate.allowed()) {
            throw new RateLimitedException(rate.retryAfter());
        }
        RefreshToken presented = RefreshToken.parse(command.refreshToken())
                .orElseThrow(AuthenticationFailedException::invalidRefreshToken);
        Session session = sessions.find(presented.sessionId())
                .orElseThrow(AuthenticationFailedException::invalidRefreshToken);
        RefreshToken next = RefreshToken.issue(session.id());
        switch (session.rotate(presented.digest(), next.digest(), now, settings.refreshTokenTtl())) {
            case REUSE_DETECTED -> {
                sessions.revoke(session.id(), RevocationReason.REFRESH_TOKEN_REUSED, now);
                throw AuthenticationFailedException.invalidRefreshToken();
            }
            case REFUSED -> throw AuthenticationFailedException.invalidRefreshToken();
            case ROTATED -> {
                // fall through to the checks below
            }
        }
        User user = users.findById(session.userId()).orElse(null);
        if (user == null || !user.canSignIn()) {
            sessions.revoke(session.id(), user == null ? RevocationReason.USER_DELETED : RevocationReason.USER_DISABLED,
                    now);
            throw AuthenticationFailedException.invalidRefreshToken();
        }
        if (!sessions.update(session)) {
            throw AuthenticationFailedException.invalidRefreshToken();
        }
        return new SignedIn(user.id(), session.id(), next.value(), now, session.expiresAt(),
                session.passwordChangeRequired());
    }
}
