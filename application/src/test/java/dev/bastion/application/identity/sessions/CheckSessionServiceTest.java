package dev.bastion.application.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckSessionServiceTest {

    private static final Duration TTL = Duration.ofDays(7);

    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final CheckSession checking = new CheckSessionService(sessions, clock);
    private final UserId jane = UserId.newId();

    private SessionId openSession(UserId user, boolean passwordChangeRequired) {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, user, new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "Firefox/128"), passwordChangeRequired, clock.now(), TTL));
        return id;
    }

    @Test
    void a_live_session_of_the_tokens_user_is_present() {
        SessionId session = openSession(jane, false);

        assertThat(checking.check(jane, session)).contains(new ActiveSession(session, jane, false));
    }

    @Test
    void the_answer_tells_whether_the_password_must_be_changed() {
        SessionId session = openSession(jane, true);

        assertThat(checking.check(jane, session)).hasValueSatisfying(
                active -> assertThat(active.passwordChangeRequired()).isTrue());
    }

    @Test
    void another_users_id_with_the_session_is_empty() {
        SessionId session = openSession(jane, false);

        assertThat(checking.check(UserId.newId(), session)).isEmpty();
    }

    @Test
    void a_revoked_session_is_empty() {
        SessionId session = openSession(jane, false);
        sessions.revoke(session, RevocationReason.LOGGED_OUT, clock.now());

        assertThat(checking.check(jane, session)).isEmpty();
    }

    @Test
    void an_expired_session_is_empty() {
        SessionId session = openSession(jane, false);
        clock.advanceBy(TTL);

        assertThat(checking.check(jane, session)).isEmpty();
    }

    @Test
    void an_unknown_session_is_empty() {
        assertThat(checking.check(jane, SessionId.newId())).isEmpty();
    }
}
