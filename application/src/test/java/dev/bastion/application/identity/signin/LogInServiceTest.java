package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bastion.application.identity.signin.AuthSettings.LoginMode;
import dev.bastion.application.identity.signin.LogIn.Command;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryLoginLog;
import dev.bastion.application.testing.InMemoryLoginThrottle;
import dev.bastion.application.testing.InMemoryRateLimiter;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.LockoutPolicy;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.AccountLockedException;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.DomainException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

    private static final String PASSWORD = "correct-horse-1";
    private static final String WRONG = "wrong-password-1";
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Firefox/128");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle();
    private final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter();
    private final InMemoryLoginLog loginLog = new InMemoryLoginLog();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");

    private final LogIn logIn = service(LoginMode.MULTI);
    private final User jane = register("jane", false);

    private LogIn service(LoginMode mode) {
        AuthSettings defaults = AuthSettings.defaults();
        AuthSettings settings = new AuthSettings(defaults.accessTokenTtl(), defaults.refreshTokenTtl(), mode,
                LockoutPolicy.defaults(), 20, PasswordPolicy.defaults());
        return new LogInService(users, hasher, sessions, throttle, rateLimiter, loginLog, clock, () -> settings);
    }

    private User register(String username, boolean mustChangePassword) {
        User user = User.register(UserId.newId(), new Username(username), null, null, hasher.hash(PASSWORD),
                mustChangePassword, clock.now());
        users.add(user);
        return user;
    }

    private void disable(User user) {
        User loaded = users.findById(user.id()).orElseThrow();
        loaded.disable(clock.now());
        users.update(loaded);
    }

    private void delete(User user) {
        User loaded = users.findById(user.id()).orElseThrow();
        loaded.delete(clock.now());
        users.update(loaded);
    }

    private SignedIn logIn(String username, String password) {
        return logIn.logIn(new Command(username, password, CLIENT));
    }

    private Throwable attempt(String username, String password) {
        return catchThrowable(() -> logIn(username, password));
    }

    private Throwable attemptFrom(String ip, String username, String password) {
        return catchThrowable(() -> logIn.logIn(new Command(username, password, new ClientInfo(ip, "curl"))));
    }

    /** {@code count} wrong passwords for {@code username}, {@code apart} from each other; ends at the last. */
    private void fail(String username, int count, Duration apart) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                clock.advanceBy(apart);
            }
            assertThat(attempt(username, WRONG)).isInstanceOf(AuthenticationFailedException.class);
        }
    }

    private LoginLogEntry lastLogged() {
        List<LoginLogEntry> entries = loginLog.entries();
        return entries.get(entries.size() - 1);
    }

    private static ErrorCode codeOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    // --- success --------------------------------------------------------------------------------------

    @Test
    void the_right_password_opens_a_live_session() {
        SignedIn signedIn = logIn("jane", PASSWORD);

        assertThat(sessions.check(signedIn.sessionId(), clock.now())).isPresent();
    }

    @Test
    void the_refresh_token_names_the_new_session() {
        SignedIn signedIn = logIn("jane", PASSWORD);

        RefreshToken token = RefreshToken.parse(signedIn.refreshToken()).orElseThrow();

        assertThat(token.sessionId()).isEqualTo(signedIn.sessionId());
        assertThat(sessions.find(signedIn.sessionId()).orElseThrow().snapshot().current()).isEqualTo(token.digest());
    }

    @Test
    void the_session_belongs_to_the_user_and_remembers_the_client() {
        SignedIn signedIn = logIn("jane", PASSWORD);

        Session session = sessions.find(signedIn.sessionId()).orElseThrow();

        assertThat(signedIn.userId()).isEqualTo(jane.id());
        assertThat(session.userId()).isEqualTo(jane.id());
        assertThat(session.username()).isEqualTo(new Username("jane"));
        assertThat(session.client()).isEqualTo(CLIENT);
    }

    @Test
    void the_session_lives_as_long_as_a_refresh_token() {
        SignedIn signedIn = logIn("jane", PASSWORD);

        assertThat(signedIn.refreshExpiresAt()).isEqualTo(clock.now().plus(Duration.ofDays(7)));
    }

    @Test
    void the_username_is_found_ignoring_case() {
        SignedIn signedIn = logIn("JANE", PASSWORD);

        assertThat(signedIn.userId()).isEqualTo(jane.id());
    }

    @Test
    void a_success_is_logged_with_ip_and_user_agent() {
        logIn("jane", PASSWORD);

        LoginLogEntry entry = lastLogged();
        assertThat(entry.outcome()).isEqualTo(LoginOutcome.SUCCESS);
        assertThat(entry.username()).isEqualTo("jane");
        assertThat(entry.ip()).isEqualTo("203.0.113.7");
        assertThat(entry.userAgent()).isEqualTo("Firefox/128");
        assertThat(entry.at()).isEqualTo(clock.now());
    }

    @Test
    void the_login_log_never_holds_a_password() {
        logIn("jane", PASSWORD);
        attempt("jane", WRONG);
        attempt("nobody", WRONG);

        assertThat(loginLog.entries()).hasSize(3).allSatisfy(entry -> assertThat(entry.toString())
                .doesNotContain(PASSWORD).doesNotContain(WRONG));
    }

    @Test
    void the_command_never_prints_the_password() {
        assertThat(new Command("jane", PASSWORD, CLIENT).toString()).doesNotContain(PASSWORD);
    }

    @Test
    void a_user_who_must_change_the_password_gets_a_session_that_says_so() {
        register("newcomer", true);

        SignedIn signedIn = logIn("newcomer", PASSWORD);

        assertThat(signedIn.passwordChangeRequired()).isTrue();
        assertThat(sessions.check(signedIn.sessionId(), clock.now()).orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void a_user_who_need_not_change_the_password_gets_a_session_without_the_flag() {
        SignedIn signedIn = logIn("jane", PASSWORD);

        assertThat(signedIn.passwordChangeRequired()).isFalse();
    }

    // --- wrong credentials -----------------------------------------------------------------------------

    @Test
    void a_wrong_password_is_invalid_credentials() {
        assertThat(codeOf(attempt("jane", WRONG))).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void an_unknown_user_is_invalid_credentials() {
        assertThat(codeOf(attempt("nobody", PASSWORD))).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer() {
        Throwable unknown = attempt("nobody", PASSWORD);
        Throwable wrong = attempt("jane", WRONG);

        assertThat(unknown).isExactlyInstanceOf(AuthenticationFailedException.class)
                .hasSameClassAs(wrong).hasMessage(wrong.getMessage());
        assertThat(codeOf(unknown)).isEqualTo(codeOf(wrong));
    }

    @Test
    void a_wrong_password_is_logged_as_wrong_password() {
        attempt("jane", WRONG);

        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.WRONG_PASSWORD);
    }

    @Test
    void an_unknown_user_is_logged_as_unknown_user_with_the_name_typed() {
        attempt("nobody", PASSWORD);

        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.UNKNOWN_USER);
        assertThat(lastLogged().username()).isEqualTo("nobody");
    }

    @Test
    void an_unknown_user_costs_one_password_verification_like_a_known_one() {
        int before = hasher.verifications();
        attempt("nobody", PASSWORD);
        int forUnknown = hasher.verifications() - before;

        before = hasher.verifications();
        attempt("jane", WRONG);
        int forWrongPassword = hasher.verifications() - before;

        before = hasher.verifications();
        logIn("jane", PASSWORD);
        int forSuccess = hasher.verifications() - before;

        assertThat(List.of(forUnknown, forWrongPassword, forSuccess)).containsOnly(1);
    }

    @Test
    void a_name_that_cannot_be_a_username_is_just_unknown() {
        int before = hasher.verifications();

        Throwable thrown = attempt("a b", PASSWORD);

        assertThat(codeOf(thrown)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.UNKNOWN_USER);
        assertThat(hasher.verifications() - before).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_opens_no_session() {
        attempt("jane", WRONG);

        assertThat(sessions.rows()).isEmpty();
    }

    // --- disabled and deleted users --------------------------------------------------------------------

    @Test
    void a_disabled_user_with_the_right_password_is_told_the_account_is_disabled() {
        disable(jane);

        Throwable thrown = attempt("jane", PASSWORD);

        assertThat(thrown).isInstanceOf(AccessDeniedException.class);
        assertThat(codeOf(thrown)).isEqualTo(ErrorCode.ACCOUNT_DISABLED);
    }

    @Test
    void a_disabled_users_attempt_is_logged_as_disabled() {
        disable(jane);

        attempt("jane", PASSWORD);

        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.DISABLED);
    }

    @Test
    void a_disabled_user_gets_no_session() {
        disable(jane);

        attempt("jane", PASSWORD);

        assertThat(sessions.rows()).isEmpty();
    }

    @Test
    void a_disabled_user_with_a_wrong_password_is_only_told_invalid_credentials() {
        disable(jane);

        Throwable thrown = attempt("jane", WRONG);

        assertThat(codeOf(thrown)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.WRONG_PASSWORD);
    }

    @Test
    void a_deleted_user_is_unknown_even_with_the_right_password() {
        delete(jane);

        Throwable thrown = attempt("jane", PASSWORD);

        assertThat(codeOf(thrown)).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.UNKNOWN_USER);
    }

    // --- lockout ---------------------------------------------------------------------------------------

    @Test
    void the_policies_are_read_at_each_attempt_so_a_lockout_count_changed_meanwhile_applies_to_the_next() {
        AuthSettings[] current = {AuthSettings.defaults()};
        LogIn following = new LogInService(users, hasher, sessions, throttle, rateLimiter, loginLog, clock,
                () -> current[0]);
        assertThat(catchThrowable(() -> following.logIn(new LogIn.Command("jane", WRONG, CLIENT))))
                .isNotInstanceOf(AccountLockedException.class);
        AuthSettings d = AuthSettings.defaults();
        current[0] = new AuthSettings(d.accessTokenTtl(), d.refreshTokenTtl(), d.loginMode(),
                new LockoutPolicy(2, LOCK, LOCK), d.attemptsPerMinute(), d.passwordPolicy());

        catchThrowable(() -> following.logIn(new LogIn.Command("jane", WRONG, CLIENT)));

        assertThat(catchThrowable(() -> following.logIn(new LogIn.Command("jane", PASSWORD, CLIENT))))
                .isInstanceOf(AccountLockedException.class);
    }

    @Test
    void five_failures_within_15_minutes_lock_the_account_even_for_the_right_password() {
        fail("jane", 5, Duration.ofMinutes(1));
        clock.advanceBy(Duration.ofMinutes(1));

        assertThat(attempt("jane", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void the_lock_lasts_15_minutes_from_the_failure_that_caused_it() {
        fail("jane", 5, Duration.ofMinutes(1));
        Instant lockedAt = clock.now();
        clock.advanceBy(Duration.ofMinutes(1));

        AccountLockedException locked = catchThrowableOfType(() -> logIn("jane", PASSWORD),
                AccountLockedException.class);

        assertThat(locked.code()).isEqualTo(ErrorCode.ACCOUNT_LOCKED);
        assertThat(locked.lockedUntil()).isEqualTo(lockedAt.plus(LOCK));
    }

    @Test
    void a_locked_attempt_is_logged_as_locked() {
        fail("jane", 5, Duration.ofMinutes(1));

        attempt("jane", PASSWORD);

        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.LOCKED);
    }

    @Test
    void a_locked_attempt_verifies_no_password() {
        fail("jane", 5, Duration.ofMinutes(1));
        int before = hasher.verifications();

        attempt("jane", PASSWORD);

        assertThat(hasher.verifications()).isEqualTo(before);
    }

    @Test
    void four_failures_do_not_lock() {
        fail("jane", 4, Duration.ofMinutes(1));

        assertThat(logIn("jane", PASSWORD).userId()).isEqualTo(jane.id());
    }

    @Test
    void the_fifth_failure_just_inside_the_window_locks() {
        fail("jane", 4, Duration.ofSeconds(1));
        clock.advanceBy(LOCK.minusSeconds(4));
        fail("jane", 1, Duration.ZERO);

        assertThat(attempt("jane", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        fail("jane", 5, Duration.ofMinutes(4));

        assertThat(logIn("jane", PASSWORD).userId()).isEqualTo(jane.id());
    }

    @Test
    void the_lock_holds_until_its_last_moment() {
        fail("jane", 5, Duration.ofMinutes(1));
        Instant lockedUntil = clock.now().plus(LOCK);
        clock.advanceBy(Duration.between(clock.now(), lockedUntil).minusSeconds(1));

        assertThat(attempt("jane", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void once_the_lock_is_over_the_right_password_works_again() {
        fail("jane", 5, Duration.ofMinutes(1));
        clock.advanceBy(LOCK);

        assertThat(logIn("jane", PASSWORD).userId()).isEqualTo(jane.id());
    }

    @Test
    void a_success_resets_the_failure_count() {
        fail("jane", 4, Duration.ofMinutes(1));
        logIn("jane", PASSWORD);
        fail("jane", 4, Duration.ofMinutes(1));

        assertThat(logIn("jane", PASSWORD).userId()).isEqualTo(jane.id());
    }

    @Test
    void failures_count_for_a_login_whatever_its_case() {
        fail("jane", 3, Duration.ofSeconds(1));
        fail("JANE", 2, Duration.ofSeconds(1));

        assertThat(attempt("Jane", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void unknown_names_lock_like_known_ones() {
        fail("nobody", 5, Duration.ofSeconds(1));

        assertThat(attempt("nobody", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void a_lock_on_one_user_leaves_others_alone() {
        register("john", false);
        fail("jane", 5, Duration.ofSeconds(1));

        assertThat(logIn("john", PASSWORD).sessionId()).isNotNull();
    }

    // --- rate limit per address ------------------------------------------------------------------------

    @Test
    void the_21st_attempt_from_one_address_within_a_minute_is_rate_limited() {
        for (int i = 0; i < 20; i++) {
            logIn("jane", PASSWORD);
        }

        RateLimitedException limited = catchThrowableOfType(() -> logIn("jane", PASSWORD),
                RateLimitedException.class);

        assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(limited.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_rate_limited_attempt_is_logged_as_rate_limited() {
        for (int i = 0; i < 20; i++) {
            logIn("jane", PASSWORD);
        }

        attempt("jane", PASSWORD);

        assertThat(lastLogged().outcome()).isEqualTo(LoginOutcome.RATE_LIMITED);
        assertThat(lastLogged().ip()).isEqualTo(CLIENT.ip());
    }

    @Test
    void a_rate_limited_attempt_verifies_no_password_and_counts_no_failure() {
        for (int i = 0; i < 20; i++) {
            logIn("jane", PASSWORD);
        }
        int before = hasher.verifications();

        for (int i = 0; i < 5; i++) {
            assertThat(attempt("jane", WRONG)).isInstanceOf(RateLimitedException.class);
        }

        assertThat(hasher.verifications()).isEqualTo(before);
        assertThat(attemptFrom("192.0.2.1", "jane", PASSWORD)).isNull();
    }

    @Test
    void another_address_is_not_limited() {
        for (int i = 0; i < 21; i++) {
            attempt("jane", PASSWORD);
        }

        assertThat(attemptFrom("198.51.100.1", "jane", PASSWORD)).isNull();
    }

    @Test
    void the_limit_is_per_minute() {
        for (int i = 0; i < 21; i++) {
            attempt("jane", PASSWORD);
        }
        clock.advanceBy(Duration.ofMinutes(1));

        assertThat(attempt("jane", PASSWORD)).isNull();
    }

    // --- login mode --------------------------------------------------------------------------------------

    @Test
    void in_single_mode_a_new_sign_in_ends_the_users_earlier_sessions() {
        LogIn single = service(LoginMode.SINGLE);
        SignedIn first = single.logIn(new Command("jane", PASSWORD, CLIENT));
        clock.advanceBy(Duration.ofMinutes(1));

        SignedIn second = single.logIn(new Command("jane", PASSWORD, CLIENT));

        assertThat(sessions.check(first.sessionId(), clock.now())).isEmpty();
        assertThat(sessions.find(first.sessionId()).orElseThrow().revokedReason())
                .isEqualTo(RevocationReason.REPLACED_BY_NEW_LOGIN);
        assertThat(sessions.check(second.sessionId(), clock.now())).isPresent();
    }

    @Test
    void in_single_mode_other_users_keep_their_sessions() {
        register("john", false);
        LogIn single = service(LoginMode.SINGLE);
        SignedIn johns = single.logIn(new Command("john", PASSWORD, CLIENT));

        single.logIn(new Command("jane", PASSWORD, CLIENT));

        assertThat(sessions.check(johns.sessionId(), clock.now())).isPresent();
    }

    @Test
    void in_multi_mode_earlier_sessions_stay_live() {
        SignedIn first = logIn("jane", PASSWORD);
        clock.advanceBy(Duration.ofMinutes(1));

        SignedIn second = logIn("jane", PASSWORD);

        assertThat(sessions.liveSessionsOf(jane.id(), clock.now())).extracting(Session::id)
                .containsExactly(second.sessionId(), first.sessionId());
    }
}
