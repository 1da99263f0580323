package dev.bastion.adapters.messaging.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.TokenDigest;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} does, whatever it keeps sessions in. The clock is the test's
 * ({@link #now}): implementations decide by the {@code now} they are given, never by their own.
 */
abstract class SessionStoreContract {

    static final Duration TTL = Duration.ofMinutes(30);
    /** Micro- and nanoseconds on purpose: stores keep instants exactly. */
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00.123456789Z");

    protected SessionStore store;
    protected Instant now;
    private int tokens;

    /** A store with nothing in it (a fresh key prefix for Redis). */
    protected abstract SessionStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
        now = T0;
    }

    // ------------------------------------------------------------------ add, find, update

    @Test
    void aStoredSessionIsFoundWithEverySnapshotComponent() {
        UserId user = UserId.newId();
        Session session = Session.open(SessionId.newId(), user, new Username("Alice.Admin"), digest(),
                new ClientInfo("2001:db8::7", "Mozilla/5.0 (X11; Linux) \"quoted\", comma,separated ü"), true, now, TTL);
        store.add(session);

        assertThat(store.find(session.id())).get()
                .extracting(Session::snapshot)
                .isEqualTo(session.snapshot());
    }

    @Test
    void anEmptyUserAgentAndRotatedDigestsSurviveTheStore() {
        Session session = Session.open(SessionId.newId(), UserId.newId(), new Username("bob"), digest(),
                new ClientInfo(null, null), false, now, TTL);
        store.add(session);
        Session read = store.find(session.id()).orElseThrow();
        for (int i = 0; i < 3; i++) {
            now = now.plusSeconds(10);
            assertThat(read.rotate(read.snapshot().current(), digest(), now, TTL)).isEqualTo(Session.Rotation.ROTATED);
        }
        assertThat(store.update(read)).isTrue();

        Session stored = store.find(session.id()).orElseThrow();
        assertThat(stored.snapshot().rotated()).hasSize(3).isEqualTo(read.snapshot().rotated());
        assertThat(stored.snapshot().client()).isEqualTo(new ClientInfo("unknown", ""));
        assertThat(stored.snapshot()).usingRecursiveComparison().ignoringFields("version").isEqualTo(read.snapshot());
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertThat(store.find(SessionId.newId())).isEmpty();
        assertThat(store.check(SessionId.newId(), now)).isEmpty();
    }

    @Test
    void anUpdateFromTheStoredVersionIsStoredAndMovesTheVersionOn() {
        Session session = open(UserId.newId());
        Session copy = store.find(session.id()).orElseThrow();
        TokenDigest next = digest();
        now = now.plusSeconds(5);
        copy.rotate(session.snapshot().current(), next, now, TTL);

        assertThat(store.update(copy)).isTrue();

        Session stored = store.find(session.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(copy.version() + 1);
        assertThat(stored.snapshot().current()).isEqualTo(next);
        assertThat(stored.expiresAt()).isEqualTo(now.plus(TTL));
    }

    @Test
    void anUpdateFromAStaleCopyIsRefused() {
        Session session = open(UserId.newId());
        Session first = store.find(session.id()).orElseThrow();
        Session second = store.find(session.id()).orElseThrow();
        first.rotate(session.snapshot().current(), digest(), now, TTL);
        TokenDigest losing = digest();
        second.rotate(session.snapshot().current(), losing, now, TTL);

        assertThat(store.update(first)).isTrue();
        assertThat(store.update(second)).isFalse();
        assertThat(store.find(session.id()).orElseThrow().snapshot().current()).isNotEqualTo(losing);
    }

    @Test
    void anUpdateOfAnUnknownSessionIsRefused() {
        Session never = Session.open(SessionId.newId(), UserId.newId(), new Username("carol"), digest(),
                new ClientInfo("198.51.100.1", "curl"), false, now, TTL);

        assertThat(store.update(never)).isFalse();
        assertThat(store.find(never.id())).isEmpty();
    }

    @Test
    void ofEightConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        Session session = open(UserId.newId());
        int threads = 8;
        List<Session> copies = new ArrayList<>();
        List<TokenDigest> nexts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Session copy = store.find(session.id()).orElseThrow();
            TokenDigest next = digest();
            copy.rotate(session.snapshot().current(), next, now.plusSeconds(1), TTL);
            copies.add(copy);
            nexts.add(next);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Session copy : copies) {
                Callable<Boolean> update = () -> {
                    start.await();
                    return store.update(copy);
                };
                results.add(pool.submit(update));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                if (results.get(i).get(30, TimeUnit.SECONDS)) {
                    winners.add(i);
                }
            }

            assertThat(winners).hasSize(1);
            Session stored = store.find(session.id()).orElseThrow();
            assertThat(stored.snapshot().current()).isEqualTo(nexts.get(winners.get(0)));
            assertThat(stored.version()).isEqualTo(session.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ revoke

    @Test
    void aRevokedSessionIsNotLiveButStillFound() {
        UserId user = UserId.newId();
        Session session = open(user);
        now = now.plusSeconds(30);

        store.revoke(session.id(), RevocationReason.LOGGED_OUT, now);

        Session found = store.find(session.id()).orElseThrow();
        assertThat(found.revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
        assertThat(found.snapshot().revokedAt()).isEqualTo(now);
        assertThat(found.isLive(now)).isFalse();
        assertThat(store.check(session.id(), now)).isEmpty();
        assertThat(store.liveSessionsOf(user, now)).isEmpty();
        assertThat(store.liveSessions(PageRequest.first(10), now).total()).isZero();
    }

    @Test
    void revokingTwiceKeepsTheFirstReasonAndUnknownIdsAreIgnored() {
        Session session = open(UserId.newId());
        Instant first = now.plusSeconds(1);
        store.revoke(session.id(), RevocationReason.FORCED_LOGOUT, first);
        long versionAfterFirst = store.find(session.id()).orElseThrow().version();

        store.revoke(session.id(), RevocationReason.LOGGED_OUT, now.plusSeconds(2));
        store.revoke(SessionId.newId(), RevocationReason.LOGGED_OUT, now);

        Session found = store.find(session.id()).orElseThrow();
        assertThat(found.revokedReason()).isEqualTo(RevocationReason.FORCED_LOGOUT);
        assertThat(found.snapshot().revokedAt()).isEqualTo(first);
        assertThat(found.version()).isEqualTo(versionAfterFirst);
    }

    @Test
    void aRevokeWinsOverAnUpdateFromACopyReadBeforeIt() {
        Session session = open(UserId.newId());
        Session copy = store.find(session.id()).orElseThrow();
        store.revoke(session.id(), RevocationReason.PASSWORD_CHANGED, now);
        copy.rotate(session.snapshot().current(), digest(), now, TTL);

        assertThat(store.update(copy)).isFalse();
        assertThat(store.find(session.id()).orElseThrow().revokedReason()).isEqualTo(RevocationReason.PASSWORD_CHANGED);
        assertThat(store.check(session.id(), now)).isEmpty();
    }

    @Test
    void anUpdateThatRevokesTakesTheSessionOutOfTheListings() {
        UserId user = UserId.newId();
        Session session = open(user);
        TokenDigest first = session.snapshot().current();
        Session copy = store.find(session.id()).orElseThrow();
        copy.rotate(first, digest(), now, TTL);
        assertThat(store.update(copy)).isTrue();
        Session again = store.find(session.id()).orElseThrow();

        assertThat(again.rotate(first, digest(), now, TTL)).isEqualTo(Session.Rotation.REUSE_DETECTED);
        assertThat(store.update(again)).isTrue();

        assertThat(store.check(session.id(), now)).isEmpty();
        assertThat(store.liveSessionsOf(user, now)).isEmpty();
        assertThat(store.liveSessions(PageRequest.first(10), now).items()).isEmpty();
        assertThat(store.find(session.id()).orElseThrow().revokedReason()).isEqualTo(RevocationReason.REFRESH_TOKEN_REUSED);
    }

    @Test
    void revokeAllOfEndsEveryLiveSessionOfTheUserButTheOneToKeep() {
        UserId user = UserId.newId();
        UserId someoneElse = UserId.newId();
        Session keep = open(user);
        Session a = open(user);
        Session b = open(user);
        Session alreadyRevoked = open(user);
        store.revoke(alreadyRevoked.id(), RevocationReason.LOGGED_OUT, now);
        Session expiring = Session.open(SessionId.newId(), user, new Username("alice"), digest(),
                new ClientInfo("192.0.2.1", "ua"), false, now, Duration.ofMinutes(1));
        store.add(expiring);
        Session other = open(someoneElse);
        now = now.plus(Duration.ofMinutes(2));

        int revoked = store.revokeAllOf(user, keep.id(), RevocationReason.SIGNED_OUT_ELSEWHERE, now);

        assertThat(revoked).isEqualTo(2);
        assertThat(store.liveSessionsOf(user, now)).containsExactly(keep);
        assertThat(store.check(keep.id(), now)).isPresent();
        assertThat(store.find(a.id()).orElseThrow().revokedReason()).isEqualTo(RevocationReason.SIGNED_OUT_ELSEWHERE);
        assertThat(store.find(b.id()).orElseThrow().revokedReason()).isEqualTo(RevocationReason.SIGNED_OUT_ELSEWHERE);
        assertThat(store.find(alreadyRevoked.id()).orElseThrow().revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
        assertThat(store.check(other.id(), now)).isPresent();
        assertThat(store.liveSessions(PageRequest.first(10), now).total()).isEqualTo(2);
    }

    @Test
    void revokeAllOfWithoutAKeepEndsThemAll() {
        UserId user = UserId.newId();
        open(user);
        open(user);

        assertThat(store.revokeAllOf(user, null, RevocationReason.USER_DISABLED, now)).isEqualTo(2);
        assertThat(store.revokeAllOf(user, null, RevocationReason.USER_DISABLED, now)).isZero();
        assertThat(store.liveSessionsOf(user, now)).isEmpty();
        assertThat(store.revokeAllOf(UserId.newId(), null, RevocationReason.USER_DELETED, now)).isZero();
    }

    // ------------------------------------------------------------------ check

    @Test
    void checkTellsWhatARequestNeedsWhileTheSessionIsLive() {
        UserId user = UserId.newId();
        Session forced = Session.open(SessionId.newId(), user, new Username("dave"), digest(),
                new ClientInfo("192.0.2.2", "ua"), true, now, TTL);
        store.add(forced);
        Session plain = open(user);

        assertThat(store.check(forced.id(), now)).contains(new ActiveSession(forced.id(), user, true));
        assertThat(store.check(plain.id(), now)).contains(new ActiveSession(plain.id(), user, false));
    }

    @Test
    void expiryFollowsTheClockPassedIn() {
        UserId user = UserId.newId();
        Session session = open(user);
        Instant expiresAt = session.expiresAt();

        assertThat(store.check(session.id(), expiresAt.minusNanos(1_000_000))).isPresent();
        assertThat(store.liveSessionsOf(user, expiresAt.minusMillis(1))).containsExactly(session);
        assertThat(store.check(session.id(), expiresAt)).isEmpty();
        assertThat(store.liveSessionsOf(user, expiresAt)).isEmpty();
        assertThat(store.liveSessions(PageRequest.first(10), expiresAt).total()).isZero();
        assertThat(store.revokeAllOf(user, null, RevocationReason.FORCED_LOGOUT, expiresAt)).isZero();
    }

    @Test
    void checkRecordsLastSeenAtMostOnceAMinute() {
        Session session = open(UserId.newId());

        store.check(session.id(), T0.plusSeconds(30));
        assertThat(lastSeen(session)).isEqualTo(T0);
        store.check(session.id(), T0.plusSeconds(60));
        assertThat(lastSeen(session)).isEqualTo(T0);
        store.check(session.id(), T0.plusSeconds(61));
        assertThat(lastSeen(session)).isEqualTo(T0.plusSeconds(61));
        store.check(session.id(), T0.plusSeconds(90));
        assertThat(lastSeen(session)).isEqualTo(T0.plusSeconds(61));
        store.check(session.id(), T0.plusSeconds(122));
        assertThat(lastSeen(session)).isEqualTo(T0.plusSeconds(122));

        assertThat(store.find(session.id()).orElseThrow().version())
                .as("last seen is bookkeeping, not a change that outdates copies")
                .isEqualTo(session.version());
    }

    @Test
    void anUpdateKeepsTheLaterLastSeenThatCheckRecorded() {
        Session session = open(UserId.newId());
        Session copy = store.find(session.id()).orElseThrow();
        store.check(session.id(), T0.plusSeconds(120));
        copy.passwordChanged();

        assertThat(store.update(copy)).isTrue();

        Session stored = store.find(session.id()).orElseThrow();
        assertThat(stored.lastSeenAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(stored.passwordChangeRequired()).isFalse();
    }

    @Test
    void aRotationExtendsTheSessionForCheckAndListings() {
        UserId user = UserId.newId();
        Session session = open(user);
        Session copy = store.find(session.id()).orElseThrow();
        Instant refresh = T0.plus(TTL).minusSeconds(60);
        copy.rotate(session.snapshot().current(), digest(), refresh, TTL);
        assertThat(store.update(copy)).isTrue();
        Instant afterFirstExpiry = T0.plus(TTL).plusSeconds(60);

        assertThat(store.check(session.id(), afterFirstExpiry)).isPresent();
        assertThat(store.liveSessionsOf(user, afterFirstExpiry)).containsExactly(session);
        assertThat(store.liveSessions(PageRequest.first(10), afterFirstExpiry).items()).containsExactly(session);
        assertThat(store.check(session.id(), refresh.plus(TTL))).isEmpty();
    }

    // ------------------------------------------------------------------ listings

    @Test
    void liveSessionsOfListsOnlyTheUsersLiveSessionsNewestFirst() {
        UserId user = UserId.newId();
        Session older = open(user);
        now = now.plusSeconds(10);
        Session newer = open(user);
        now = now.plusSeconds(10);
        Session revoked = open(user);
        store.revoke(revoked.id(), RevocationReason.LOGGED_OUT, now);
        open(UserId.newId());

        assertThat(store.liveSessionsOf(user, now)).containsExactly(newer, older);
        assertThat(store.liveSessionsOf(UserId.newId(), now)).isEmpty();
    }

    @Test
    void liveSessionsArePagedNewestFirstWithTheTotalOfLiveOnes() {
        List<Session> created = new ArrayList<>();
        UserId[] users = {UserId.newId(), UserId.newId()};
        for (int i = 0; i < 7; i++) {
            now = T0.plus(Duration.ofMinutes(i));
            created.add(open(users[i % 2]));
        }
        store.revoke(created.get(5).id(), RevocationReason.FORCED_LOGOUT, now);
        Session shortLived = Session.open(SessionId.newId(), users[0], new Username("alice"), digest(),
                new ClientInfo("192.0.2.3", "ua"), false, now, Duration.ofSeconds(30));
        store.add(shortLived);
        now = now.plusSeconds(30);
        // live, newest first: 6, 4, 3, 2, 1, 0 (5 revoked, the short-lived one expired)

        Page<Session> first = store.liveSessions(new PageRequest(1, 4), now);
        Page<Session> second = store.liveSessions(new PageRequest(2, 4), now);
        Page<Session> beyond = store.liveSessions(new PageRequest(3, 4), now);

        assertThat(first.items()).containsExactly(created.get(6), created.get(4), created.get(3), created.get(2));
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.size()).isEqualTo(4);
        assertThat(second.items()).containsExactly(created.get(1), created.get(0));
        assertThat(second.total()).isEqualTo(6);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
        assertThat(first.items().get(0).snapshot()).isEqualTo(created.get(6).snapshot());
    }

    @Test
    void sessionsCreatedAtTheSameInstantAreListedInAStableOrder() {
        UserId user = UserId.newId();
        List<Session> sameTime = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameTime.add(open(user));
        }
        List<Session> expected = sameTime.stream()
                .sorted((x, y) -> y.id().toString().compareTo(x.id().toString()))
                .toList();

        assertThat(store.liveSessions(PageRequest.first(10), now).items()).containsExactlyElementsOf(expected);
        assertThat(store.liveSessionsOf(user, now)).containsExactlyElementsOf(expected);
        assertThat(store.liveSessions(new PageRequest(2, 2), now).items())
                .containsExactly(expected.get(2), expected.get(3));
    }

    @Test
    void expiredSessionsLeaveTheListingsAsTheClockMoves() {
        UserId user = UserId.newId();
        Session first = open(user);
        now = now.plus(Duration.ofMinutes(10));
        Session second = open(user);

        assertThat(store.liveSessions(PageRequest.first(10), first.expiresAt().minusMillis(1)).items())
                .containsExactly(second, first);
        assertThat(store.liveSessions(PageRequest.first(10), first.expiresAt()).items()).containsExactly(second);
        assertThat(store.liveSessions(PageRequest.first(10), second.expiresAt()).total()).isZero();
        assertThat(store.liveSessionsOf(user, second.expiresAt())).isEmpty();
    }

    // ------------------------------------------------------------------ count (monitoring)

    @Test
    void countLiveCountsSessionsNeitherRevokedNorExpired() {
        assertThat(store.countLive(now)).isZero();
        UserId user = UserId.newId();
        Session first = open(user);
        now = now.plus(Duration.ofMinutes(10));
        Session second = open(user);
        Session revoked = open(UserId.newId());
        store.revoke(revoked.id(), RevocationReason.FORCED_LOGOUT, now);

        assertThat(store.countLive(now)).isEqualTo(2);
        assertThat(store.countLive(first.expiresAt().minusMillis(1))).isEqualTo(2);
        assertThat(store.countLive(first.expiresAt())).isEqualTo(1);
        assertThat(store.revokeAllOf(user, null, RevocationReason.USER_DISABLED, now)).isEqualTo(2);
        assertThat(store.countLive(now)).isZero();
        assertThat(store.countLive(second.expiresAt())).isZero();
    }

    @Test
    void countLiveFollowsARotationThatExtendsTheSession() {
        Session session = open(UserId.newId());
        Instant firstExpiry = session.expiresAt();
        Session copy = store.find(session.id()).orElseThrow();
        now = now.plus(Duration.ofMinutes(20));
        copy.rotate(session.snapshot().current(), digest(), now, TTL);
        assertThat(store.update(copy)).isTrue();

        assertThat(store.countLive(firstExpiry)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ purgeExpired (the scheduled chore)

    @Test
    void purgeExpiredClearsExactlyTheSessionsExpiredAtThatTimeOnce() {
        UserId user = UserId.newId();
        Session first = open(user);
        Session revoked = open(user);
        store.revoke(revoked.id(), RevocationReason.LOGGED_OUT, now);
        now = now.plus(Duration.ofMinutes(10));
        Session second = open(user);
        Session other = open(UserId.newId());

        assertThat(store.purgeExpired(first.expiresAt().minusMillis(1))).isZero();
        assertThat(store.purgeExpired(first.expiresAt())).as("the first one; a revoked one left the indexes at once")
                .isEqualTo(1);
        assertThat(store.purgeExpired(first.expiresAt())).as("nothing is cleared twice").isZero();
        assertThat(store.liveSessionsOf(user, first.expiresAt())).containsExactly(second);
        assertThat(store.purgeExpired(second.expiresAt())).isEqualTo(2);
    }

    @Test
    void purgeExpiredLeavesLiveSessionsAndTheirFiguresAlone() {
        UserId user = UserId.newId();
        Session expiring = open(user);
        now = now.plus(Duration.ofMinutes(10));
        Session live = open(user);

        assertThat(store.purgeExpired(expiring.expiresAt())).isEqualTo(1);

        assertThat(store.check(live.id(), expiring.expiresAt())).isPresent();
        assertThat(store.liveSessionsOf(user, expiring.expiresAt())).containsExactly(live);
        assertThat(store.liveSessions(PageRequest.first(10), expiring.expiresAt()).items()).containsExactly(live);
        assertThat(store.countLive(expiring.expiresAt())).isEqualTo(1);
        assertThat(store.find(expiring.id())).as("the expired session itself is still found").isPresent();
    }

    @Test
    void purgeExpiredClearsMoreThanOneBatch() {
        for (int i = 0; i < RedisSessionStore.PURGE_BATCH + 3; i++) {
            open(UserId.newId());
        }

        assertThat(store.purgeExpired(now.plus(TTL))).isEqualTo(RedisSessionStore.PURGE_BATCH + 3);
        assertThat(store.purgeExpired(now.plus(TTL))).isZero();
    }

    // ------------------------------------------------------------------ helpers

    protected Session open(UserId user) {
        Session session = Session.open(SessionId.newId(), user, new Username("alice"), digest(),
                new ClientInfo("203.0.113.9", "JUnit"), false, now, TTL);
        store.add(session);
        return session;
    }

    private Instant lastSeen(Session session) {
        return store.find(session.id()).orElseThrow().lastSeenAt();
    }

    protected TokenDigest digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("token-" + (++tokens) + "-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            return new TokenDigest(HexFormat.of().formatHex(hash));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
