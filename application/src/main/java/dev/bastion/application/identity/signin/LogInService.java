package dev.bastion.application.identity.signin;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.LockoutPolicy;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.AccountLockedException;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.RateLimitedException;
import dev.bastion.domain.shared.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in. The order of checks is the security here: the address's rate first (cheap), then the
 * lock, then exactly one Argon2id verification whether or not the user exists (a dummy hash for
 * unknown names), so neither timing nor answers tell which usernames exist. The policies are read
 * once per attempt, at its start ({@link AuthPolicies}): a change applies from the next attempt on.
 */
public final class LogInService implements LogIn {

    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final RateLimiter rateLimiter;
    private final LoginLog loginLog;
    private final Clock clock;
    private final AuthPolicies policies;
    private final PasswordHash dummyHash;

    public LogInService(UserRepository users, PasswordHasher hasher, SessionStore sessions, LoginThrottle throttle,
                        RateLimiter rateLimiter, LoginLog loginLog, Clock clock, AuthPolicies policies) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
        this.rateLimiter = rateLimiter;
        this.loginLog = loginLog;
        this.clock = clock;
        this.policies = policies;
        this.dummyHash = hasher.hash("dummy password for unknown users " + System.nanoTime());
    }

    @Override
    public SignedIn logIn(Command command) {
        Instant now = clock.now();
        AuthSettings settings = policies.current();
        ClientInfo client = command.client();
        String typed = command.username();
        RateLimiter.Decision rate = rateLimiter.acquire("login:" + client.ip(), settings.attemptsPerMinute(),
                RATE_WINDOW, now);
        if (!rate.allowed()) {
            log(now, typed, client, LoginOutcome.RATE_LIMITED);
            throw new RateLimitedException(rate.retryAfter());
        }
        String login = typed.toLowerCase(Locale.ROOT);
        Optional<Instant> lockedUntil = throttle.lockedUntil(login, now);
        if (lockedUntil.isPresent()) {
            log(now, typed, client, LoginOutcome.LOCKED);
            throw new AccountLockedException(lockedUntil.get());
        }
        Optional<User> found = parse(typed).flatMap(users::findByUsername);
        boolean passwordMatches = hasher.matches(command.password(),
                found.map(User::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !passwordMatches) {
            failed(login, now, settings.lockout());
            log(now, typed, client, found.isEmpty() ? LoginOutcome.UNKNOWN_USER : LoginOutcome.WRONG_PASSWORD);
            throw AuthenticationFailedException.invalidCredentials();
        }
        User user = found.get();
        if (!user.canSignIn()) {
            log(now, typed, client, LoginOutcome.DISABLED);
            throw AccessDeniedException.accountDisabled();
        }
        throttle.reset(login);
        SignedIn signedIn = openSession(user, client, now, settings);
        log(now, typed, client, LoginOutcome.SUCCESS);
        return signedIn;
    }

    private SignedIn openSession(User user, ClientInfo client, Instant now, AuthSettings settings) {
        SessionId id = SessionId.newId();
        RefreshToken token = RefreshToken.issue(id);
        Session session = Session.open(id, user.id(), user.username(), token.digest(), client,
                user.mustChangePassword(), now, settings.refreshTokenTtl());
        if (settings.loginMode() == AuthSettings.LoginMode.SINGLE) {
            sessions.revokeAllOf(user.id(), null, RevocationReason.REPLACED_BY_NEW_LOGIN, now);
        }
        sessions.add(session);
        return new SignedIn(user.id(), id, token.value(), now, session.expiresAt(), session.passwordChangeRequired());
    }

    private void failed(String login, Instant now, LockoutPolicy lockout) {
        int failures = throttle.recordFailure(login, lockout.window(), now);
        if (lockout.locksAfter(failures)) {
            throttle.lock(login, lockout.lockEnd(now));
        }
    }

    private void log(Instant now, String username, ClientInfo client, LoginOutcome outcome) {
        loginLog.append(LoginLogEntry.of(now, username, client.ip(), client.userAgent(), outcome));
    }

    private static Optional<Username> parse(String typed) {
        try {
            return Optional.of(new Username(typed));
        } catch (InvalidValueException notAUsername) {
            return Optional.empty();
        }
    }
}
