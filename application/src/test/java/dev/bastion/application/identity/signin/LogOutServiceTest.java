package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final LogOut logOut = new LogOutService(sessions, clock);

    private SessionId openSession() {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, UserId.newId(), new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "Firefox/128"), false, clock.now(), Duration.ofDays(7)));
        return id;
    }

    @Test
    void logging_out_ends_the_session() {
        SessionId session = openSession();

        logOut.logOut(session);

        assertThat(sessions.check(session, clock.now())).isEmpty();
        assertThat(sessions.find(session).orElseThrow().revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
    }

    @Test
    void logging_out_twice_is_harmless() {
        SessionId session = openSession();
        logOut.logOut(session);

        logOut.logOut(session);

        assertThat(sessions.find(session).orElseThrow().revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
    }

    @Test
    void logging_out_leaves_other_sessions_alone() {
        SessionId session = openSession();
        SessionId other = openSession();

        logOut.logOut(session);

        assertThat(sessions.check(other, clock.now())).isPresent();
    }
}
