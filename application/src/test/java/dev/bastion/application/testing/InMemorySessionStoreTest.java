package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemorySessionStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final UserId jane = UserId.newId();

    private Session open(UserId user, Instant at) {
        SessionId id = SessionId.newId();
        Session session = Session.open(id, user, new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("10.0.0.1", "test"), false, at, TTL);
        store.add(session);
        return session;
    }

    private Session stored(Session session) {
        return store.find(session.id()).orElseThrow();
    }

    @Test
    void an_added_session_is_found_by_id() {
        Session session = open(jane, NOW);

        assertThat(store.find(session.id())).map(Session::snapshot).contains(session.snapshot());
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertThat(store.find(SessionId.newId())).isEmpty();
    }

    @Test
    void a_session_cannot_be_added_twice() {
        Session session = open(jane, NOW);

        assertThatThrownBy(() -> store.add(session)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_update_stores_the_change_at_the_next_version() {
        Session session = stored(open(jane, NOW));
        session.passwordChanged();

        assertThat(store.update(session)).isTrue();
        assertThat(stored(session).version()).isEqualTo(1);
    }

    @Test
    void an_update_from_a_stale_copy_is_refused_and_stores_nothing() {
        Session original = open(jane, NOW);
        Session first = stored(original);
        Session second = stored(original);
        first.passwordChanged();
        store.update(first);
        second.revoke(RevocationReason.LOGGED_OUT, NOW);

        assertThat(store.update(second)).isFalse();
        assertThat(stored(original).isLive(NOW)).isTrue();
        assertThat(stored(original).version()).isEqualTo(1);
    }

    @Test
    void an_update_of_an_unknown_session_is_refused() {
        SessionId id = SessionId.newId();
        Session never = Session.open(id, jane, new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("10.0.0.1", "test"), false, NOW, TTL);

        assertThat(store.update(never)).isFalse();
        assertThat(store.find(id)).isEmpty();
    }

    @Test
    void changing_a_found_session_without_update_stores_nothing() {
        Session session = open(jane, NOW);

        stored(session).revoke(RevocationReason.LOGGED_OUT, NOW);

        assertThat(stored(session).isLive(NOW)).isTrue();
    }

    @Test
    void revoke_ends_a_session_whatever_the_version_the_caller_read() {
        Session session = open(jane, NOW);
        Session changed = stored(session);
        changed.passwordChanged();
        store.update(changed);

        store.revoke(session.id(), RevocationReason.LOGGED_OUT, NOW);

        assertThat(stored(session).isLive(NOW)).isFalse();
        assertThat(stored(session).revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
    }

    @Test
    void revoking_twice_keeps_the_first_reason() {
        Session session = open(jane, NOW);

        store.revoke(session.id(), RevocationReason.LOGGED_OUT, NOW);
        store.revoke(session.id(), RevocationReason.FORCED_LOGOUT, NOW.plusSeconds(1));

        assertThat(stored(session).revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
    }

    @Test
    void revoking_an_unknown_session_is_ignored() {
        store.revoke(SessionId.newId(), RevocationReason.LOGGED_OUT, NOW);

        assertThat(store.rows()).isEmpty();
    }

    @Test
    void a_copy_read_before_a_revocation_cannot_bring_the_session_back() {
        Session session = open(jane, NOW);
        Session readBefore = stored(session);
        store.revoke(session.id(), RevocationReason.FORCED_LOGOUT, NOW);
        readBefore.passwordChanged();

        assertThat(store.update(readBefore)).isFalse();
        assertThat(stored(session).isLive(NOW)).isFalse();
    }

    @Test
    void check_answers_for_a_live_session() {
        Session session = open(jane, NOW);

        assertThat(store.check(session.id(), NOW)).contains(new ActiveSession(session.id(), jane, false));
    }

    @Test
    void check_is_empty_for_a_revoked_session() {
        Session session = open(jane, NOW);
        store.revoke(session.id(), RevocationReason.LOGGED_OUT, NOW);

        assertThat(store.check(session.id(), NOW)).isEmpty();
    }

    @Test
    void check_is_empty_once_the_session_expired() {
        Session session = open(jane, NOW);

        assertThat(store.check(session.id(), NOW.plus(TTL).minusSeconds(1))).isPresent();
        assertThat(store.check(session.id(), NOW.plus(TTL))).isEmpty();
    }

    @Test
    void check_is_empty_for_an_unknown_session() {
        assertThat(store.check(SessionId.newId(), NOW)).isEmpty();
    }

    @Test
    void revoke_all_of_a_user_keeps_the_one_named_and_counts_the_others() {
        Session first = open(jane, NOW);
        Session second = open(jane, NOW.plusSeconds(1));
        Session kept = open(jane, NOW.plusSeconds(2));

        int revoked = store.revokeAllOf(jane, kept.id(), RevocationReason.PASSWORD_CHANGED, NOW.plusSeconds(3));

        assertThat(revoked).isEqualTo(2);
        assertThat(stored(first).revokedReason()).isEqualTo(RevocationReason.PASSWORD_CHANGED);
        assertThat(stored(second).revokedReason()).isEqualTo(RevocationReason.PASSWORD_CHANGED);
        assertThat(stored(kept).isLive(NOW.plusSeconds(3))).isTrue();
    }

    @Test
    void revoke_all_of_a_user_without_keep_ends_them_all() {
        open(jane, NOW);
        open(jane, NOW);

        assertThat(store.revokeAllOf(jane, null, RevocationReason.USER_DISABLED, NOW)).isEqualTo(2);
        assertThat(store.liveSessionsOf(jane, NOW)).isEmpty();
    }

    @Test
    void revoke_all_of_a_user_leaves_other_users_and_ended_sessions_alone() {
        Session johns = open(UserId.newId(), NOW);
        Session ended = open(jane, NOW);
        store.revoke(ended.id(), RevocationReason.LOGGED_OUT, NOW);

        int revoked = store.revokeAllOf(jane, null, RevocationReason.SIGNED_OUT_ELSEWHERE, NOW);

        assertThat(revoked).isZero();
        assertThat(stored(ended).revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
        assertThat(stored(johns).isLive(NOW)).isTrue();
    }

    @Test
    void the_live_sessions_of_a_user_are_newest_first_without_ended_or_other_ones() {
        Session older = open(jane, NOW);
        Session newer = open(jane, NOW.plusSeconds(60));
        Session ended = open(jane, NOW.plusSeconds(120));
        store.revoke(ended.id(), RevocationReason.LOGGED_OUT, NOW);
        open(UserId.newId(), NOW);

        assertThat(store.liveSessionsOf(jane, NOW.plusSeconds(180))).containsExactly(newer, older);
    }

    @Test
    void everyones_live_sessions_come_in_pages_newest_first_with_the_total() {
        Session first = open(jane, NOW);
        Session second = open(UserId.newId(), NOW.plusSeconds(1));
        Session third = open(jane, NOW.plusSeconds(2));
        Session ended = open(jane, NOW.plusSeconds(3));
        store.revoke(ended.id(), RevocationReason.LOGGED_OUT, NOW);
        Instant later = NOW.plusSeconds(10);

        Page<Session> page1 = store.liveSessions(new PageRequest(1, 2), later);
        Page<Session> page2 = store.liveSessions(new PageRequest(2, 2), later);

        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page2.items()).containsExactly(first);
        assertThat(page1.total()).isEqualTo(3);
        assertThat(page2.total()).isEqualTo(3);
    }

    @Test
    void expired_sessions_are_not_listed() {
        open(jane, NOW);

        assertThat(store.liveSessions(PageRequest.first(10), NOW.plus(TTL)).total()).isZero();
    }
}
