package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bastion.application.identity.signin.RefreshSession.Command;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.ForwardingUserRepository;
import dev.bastion.application.testing.InMemoryRateLimiter;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.DomainException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshSessionServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Firefox/128");
    private static final Duration TTL = Duration.ofDays(7);
    private static final int THREADS = 8;

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    private final RefreshSession refresh = service(users);
    private final User jane = register("jane", false);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private RefreshSession service(UserRepository userRepository) {
        return new RefreshSessionService(sessions, userRepository, rateLimiter, clock, AuthSettings::defaults);
    }

    private User register(String username, boolean mustChangePassword) {
        User user = User.register(UserId.newId(), new Username(username), null, null, hasher.hash("password-123"),
                mustChangePassword, clock.now());
        users.add(user);
        return user;
    }

    /** Opens a session for {@code user} as sign-in would; returns its refresh token. */
    private String openSession(User user) {
        SessionId id = SessionId.newId();
        RefreshToken token = RefreshToken.issue(id);
        sessions.add(Session.open(id, user.id(), user.username(), token.digest(), CLIENT,
                user.mustChangePassword(), clock.now(), TTL));
        return token.value();
    }

    private static SessionId sessionOf(String token) {
        return RefreshToken.parse(token).orElseThrow().sessionId();
    }

    private SignedIn refresh(String token) {
        return refresh.refresh(new Command(token, CLIENT));
    }

    private Throwable attempt(String token) {
        return catchThrowable(() -> refresh(token));
    }

    private boolean isLive(SessionId id) {
        return sessions.check(id, clock.now()).isPresent();
    }

    private void change(User user, Consumer<User> change) {
        User loaded = users.findById(user.id()).orElseThrow();
        change.accept(loaded);
        users.update(loaded);
    }

    private static void assertInvalidToken(Throwable thrown) {
        assertThat(thrown).isInstanceOf(AuthenticationFailedException.class);
        assertThat(((DomainException) thrown).code()).isEqualTo(ErrorCode.REFRESH_TOKEN_INVALID);
    }

    // --- rotation --------------------------------------------------------------------------------------

    @Test
    void a_refresh_returns_a_new_token_for_the_same_session() {
        String token = openSession(jane);

        SignedIn refreshed = refresh(token);

        assertThat(refreshed.refreshToken()).isNotEqualTo(token);
        assertThat(refreshed.sessionId()).isEqualTo(sessionOf(token));
        assertThat(sessionOf(refreshed.refreshToken())).isEqualTo(sessionOf(token));
        assertThat(refreshed.userId()).isEqualTo(jane.id());
    }

    @Test
    void the_new_token_works_for_the_next_refresh() {
        String token = openSession(jane);
        SignedIn first = refresh(token);

        SignedIn second = refresh(first.refreshToken());

        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(isLive(second.sessionId())).isTrue();
    }

    @Test
    void the_result_carries_the_sessions_password_change_flag() {
        User newcomer = register("newcomer", true);

        SignedIn refreshed = refresh(openSession(newcomer));

        assertThat(refreshed.passwordChangeRequired()).isTrue();
    }

    @Test
    void the_command_never_prints_the_token() {
        String token = RefreshToken.issue(SessionId.newId()).value();

        assertThat(new Command(token, CLIENT).toString()).doesNotContain(token);
    }

    // --- reuse detection -------------------------------------------------------------------------------

    @Test
    void a_rotated_token_is_refused() {
        String token = openSession(jane);
        refresh(token);

        assertInvalidToken(attempt(token));
    }

    @Test
    void reusing_a_rotated_token_ends_the_session() {
        String token = openSession(jane);
        refresh(token);

        attempt(token);

        assertThat(isLive(sessionOf(token))).isFalse();
        assertThat(sessions.find(sessionOf(token)).orElseThrow().revokedReason())
                .isEqualTo(RevocationReason.REFRESH_TOKEN_REUSED);
    }

    @Test
    void after_a_reuse_even_the_newest_token_is_refused() {
        String token = openSession(jane);
        SignedIn rotated = refresh(token);
        attempt(token);

        assertInvalidToken(attempt(rotated.refreshToken()));
    }

    // --- tokens that were never good -------------------------------------------------------------------

    @Test
    void garbage_is_refused_and_ends_nothing() {
        String token = openSession(jane);
        List<String> garbage = new ArrayList<>(List.of("", "nonsense", token + "x", token.replace('.', '-'),
                token.substring(0, 37) + "!".repeat(43)));
        garbage.add(null);

        for (String text : garbage) {
            assertInvalidToken(attempt(text));
        }
        assertThat(isLive(sessionOf(token))).isTrue();
    }

    @Test
    void a_token_of_an_unknown_session_is_refused() {
        openSession(jane);

        assertInvalidToken(attempt(RefreshToken.issue(SessionId.newId()).value()));
    }

    @Test
    void a_forged_token_naming_a_real_session_is_refused_and_leaves_the_session_live() {
        String token = openSession(jane);

        assertInvalidToken(attempt(RefreshToken.issue(sessionOf(token)).value()));
        assertThat(isLive(sessionOf(token))).isTrue();
        assertThat(refresh(token).sessionId()).isEqualTo(sessionOf(token));
    }

    // --- expiry and ended sessions ---------------------------------------------------------------------

    @Test
    void an_expired_session_cannot_be_refreshed() {
        String token = openSession(jane);
        clock.advanceBy(TTL);

        assertInvalidToken(attempt(token));
    }

    @Test
    void a_session_can_be_refreshed_until_its_last_moment() {
        String token = openSession(jane);
        clock.advanceBy(TTL.minusSeconds(1));

        assertThat(refresh(token).sessionId()).isEqualTo(sessionOf(token));
    }

    @Test
    void a_refresh_slides_the_expiry() {
        String token = openSession(jane);
        clock.advanceBy(Duration.ofDays(5));

        SignedIn refreshed = refresh(token);
        clock.advanceBy(Duration.ofDays(5));

        assertThat(refreshed.refreshExpiresAt()).isEqualTo(clock.now().minus(Duration.ofDays(5)).plus(TTL));
        assertThat(refresh(refreshed.refreshToken()).sessionId()).isEqualTo(sessionOf(token));
    }

    @Test
    void a_revoked_session_cannot_be_refreshed() {
        String token = openSession(jane);
        sessions.revoke(sessionOf(token), RevocationReason.LOGGED_OUT, clock.now());

        assertInvalidToken(attempt(token));
    }

    @Test
    void a_disabled_users_refresh_is_refused_and_ends_the_session() {
        String token = openSession(jane);
        change(jane, user -> user.disable(clock.now()));

        assertInvalidToken(attempt(token));
        assertThat(isLive(sessionOf(token))).isFalse();
    }

    @Test
    void a_deleted_users_refresh_is_refused_and_ends_the_session() {
        String token = openSession(jane);
        change(jane, user -> user.delete(clock.now()));

        assertInvalidToken(attempt(token));
        assertThat(isLive(sessionOf(token))).isFalse();
    }

    // --- races -----------------------------------------------------------------------------------------

    @Test
    void concurrent_refreshes_with_one_token_yield_exactly_one_new_token() throws Exception {
        String token = openSession(jane);

        List<Throwable> outcomes = refreshConcurrently(refresh, token);

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        outcomes.stream().filter(outcome -> outcome != null).forEach(RefreshSessionServiceTest::assertInvalidToken);
    }

    @Test
    void refreshes_that_all_read_the_session_before_any_stores_yield_one_token_and_keep_the_session()
            throws Exception {
        // Every refresh waits at the user lookup until all have read and rotated the same session:
        // only the store's version check can now tell them apart.
        String token = openSession(jane);
        RefreshSession readTogether = service(new ReadTogether(users, new CyclicBarrier(THREADS)));

        List<Throwable> outcomes = refreshConcurrently(readTogether, token);

        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        outcomes.stream().filter(outcome -> outcome != null).forEach(RefreshSessionServiceTest::assertInvalidToken);
        assertThat(isLive(sessionOf(token))).isTrue();
        assertThat(sessions.find(sessionOf(token)).orElseThrow().version()).isEqualTo(1);
    }

    /** Runs {@link #THREADS} refreshes with {@code token} at once; null marks a success. */
    private List<Throwable> refreshConcurrently(RefreshSession service, String token) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> runs = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            runs.add(threads.submit(() -> {
                start.await();
                return catchThrowable(() -> service.refresh(new Command(token, CLIENT)));
            }));
        }
        start.countDown();
        List<Throwable> outcomes = new ArrayList<>();
        for (Future<Throwable> run : runs) {
            outcomes.add(run.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** A user repository whose lookups by id wait until {@code together} of them are waiting. */
    private static final class ReadTogether extends ForwardingUserRepository {

        private final CyclicBarrier together;

        ReadTogether(UserRepository users, CyclicBarrier together) {
            super(users);
            this.together = together;
        }

        @Override
        public Optional<User> findById(UserId id) {
            try {
                together.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the refreshes did not meet", e);
            }
            return super.findById(id);
        }
    }

    // --- rate limit per address ------------------------------------------------------------------------

    @Test
    void the_21st_refresh_from_one_address_within_a_minute_is_rate_limited() {
        String token = openSession(jane);
        for (int i = 0; i < 20; i++) {
            token = refresh(token).refreshToken();
        }
        String last = token;

        RateLimitedException limited = catchThrowableOfType(() -> refresh(last), RateLimitedException.class);

        assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(limited.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_rate_limited_refresh_leaves_the_token_usable() {
        String token = openSession(jane);
        for (int i = 0; i < 20; i++) {
            attempt("nonsense");
        }
        assertThat(attempt(token)).isInstanceOf(RateLimitedException.class);
        clock.advanceBy(Duration.ofMinutes(1));

        assertThat(refresh(token).sessionId()).isEqualTo(sessionOf(token));
    }

    @Test
    void another_address_is_not_limited() {
        String token = openSession(jane);
        for (int i = 0; i < 21; i++) {
            attempt("nonsense");
        }

        SignedIn refreshed = refresh.refresh(new Command(token, new ClientInfo("198.51.100.1", "curl")));

        assertThat(refreshed.sessionId()).isEqualTo(sessionOf(token));
    }
}
