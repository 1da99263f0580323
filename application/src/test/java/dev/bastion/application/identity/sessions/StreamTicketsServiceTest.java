package dev.bastion.application.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.identity.sessions.IssueStreamTicket.Issued;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryStreamTicketStore;
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

class StreamTicketsServiceTest {

    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryStreamTicketStore store = new InMemoryStreamTicketStore();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final StreamTicketsService tickets = new StreamTicketsService(store, sessions, clock);
    private final UserId jane = UserId.newId();
    private final SessionId session = openSession(jane);

    private SessionId openSession(UserId user) {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, user, new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "Firefox/128"), false, clock.now(), Duration.ofDays(7)));
        return id;
    }

    @Test
    void a_ticket_stands_for_the_callers_live_session_once() {
        Issued issued = tickets.issue(jane, session);

        assertThat(issued.lifetime()).isEqualTo(StreamTicketsService.LIFETIME);
        assertThat(tickets.redeem(issued.ticket())).contains(new ActiveSession(session, jane, false));
        assertThat(tickets.redeem(issued.ticket())).as("single use").isEmpty();
    }

    @Test
    void the_store_never_sees_the_ticket_itself() {
        Issued issued = tickets.issue(jane, session);

        assertThat(store.size()).isEqualTo(1);
        assertThat(issued.toString()).doesNotContain(issued.ticket());
    }

    @Test
    void an_expired_ticket_is_nothing_and_is_gone() {
        Issued issued = tickets.issue(jane, session);
        clock.advanceBy(StreamTicketsService.LIFETIME);

        assertThat(tickets.redeem(issued.ticket())).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void a_ticket_of_a_session_ended_since_is_nothing() {
        Issued issued = tickets.issue(jane, session);
        sessions.revoke(session, RevocationReason.LOGGED_OUT, clock.now());

        assertThat(tickets.redeem(issued.ticket())).isEmpty();
    }

    @Test
    void text_that_cannot_be_a_ticket_is_nothing() {
        for (String text : new String[] {null, "", "short", "x".repeat(43) + "=", "ä".repeat(43)}) {
            assertThat(tickets.redeem(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}
