package dev.bastion.application.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsServiceTest {

    private static final Duration TTL = Duration.ofDays(7);
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Firefox/128");

    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final SessionsService service = new SessionsService(sessions, clock);
    private final UserId jane = UserId.newId();
    private final UserId john = UserId.newId();

    /** Opens a session a minute after the previous one, so "newest first" has an order to show. */
    private SessionId openSession(UserId user, String username) {
        clock.advanceBy(Duration.ofMinutes(1));
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, user, new Username(username), RefreshToken.issue(id).digest(), CLIENT, false,
                clock.now(), TTL));
        return id;
    }

    private boolean isLive(SessionId id) {
        return sessions.check(id, clock.now()).isPresent();
    }

    // --- own sessions ------------------------------------------------------------------------------------

    @Test
    void own_sessions_come_newest_first_with_the_current_one_marked() {
        SessionId first = openSession(jane, "jane");
        SessionId current = openSession(jane, "jane");
        SessionId third = openSession(jane, "jane");
        openSession(john, "john");

        List<SessionView> own = service.list(jane, current);

        assertThat(own).extracting(SessionView::id).containsExactly(third, current, first);
        assertThat(own).extracting(SessionView::current).containsExactly(false, true, false);
    }

    @Test
    void a_session_view_shows_who_from_where_and_when() {
        SessionId current = openSession(jane, "jane");
        Instant openedAt = clock.now();

        SessionView view = service.list(jane, current).get(0);

        assertThat(view).isEqualTo(new SessionView(current, jane, "jane", CLIENT.ip(), CLIENT.userAgent(), openedAt,
                openedAt, openedAt.plus(TTL), true));
    }

    @Test
    void own_sessions_leave_out_ended_ones() {
        SessionId ended = openSession(jane, "jane");
        SessionId current = openSession(jane, "jane");
        sessions.revoke(ended, RevocationReason.LOGGED_OUT, clock.now());

        assertThat(service.list(jane, current)).extracting(SessionView::id).containsExactly(current);
    }

    @Test
    void signing_out_the_others_keeps_the_current_session() {
        SessionId other = openSession(jane, "jane");
        SessionId current = openSession(jane, "jane");

        service.signOut(jane, current);

        assertThat(isLive(current)).isTrue();
        assertThat(isLive(other)).isFalse();
        assertThat(sessions.find(other).orElseThrow().revokedReason())
                .isEqualTo(RevocationReason.SIGNED_OUT_ELSEWHERE);
    }

    @Test
    void signing_out_the_others_leaves_other_users_alone() {
        SessionId johns = openSession(john, "john");
        SessionId current = openSession(jane, "jane");

        service.signOut(jane, current);

        assertThat(isLive(johns)).isTrue();
    }

    // --- everyone's sessions -----------------------------------------------------------------------------

    @Test
    void all_live_sessions_come_in_pages_newest_first() {
        SessionId first = openSession(jane, "jane");
        SessionId second = openSession(john, "john");
        SessionId third = openSession(jane, "jane");
        SessionId ended = openSession(john, "john");
        sessions.revoke(ended, RevocationReason.LOGGED_OUT, clock.now());

        Page<SessionView> page1 = service.list(new PageRequest(1, 2));
        Page<SessionView> page2 = service.list(new PageRequest(2, 2));

        assertThat(page1.items()).extracting(SessionView::id).containsExactly(third, second);
        assertThat(page2.items()).extracting(SessionView::id).containsExactly(first);
        assertThat(page1.total()).isEqualTo(3);
        assertThat(page1.items()).extracting(SessionView::username).containsExactly("jane", "john");
    }

    @Test
    void no_session_is_marked_current_in_the_listing_of_all() {
        openSession(jane, "jane");

        assertThat(service.list(PageRequest.first(10)).items()).extracting(SessionView::current).containsOnly(false);
    }

    // --- forced logout -----------------------------------------------------------------------------------

    @Test
    void forcing_a_live_session_out_ends_it() {
        SessionId session = openSession(jane, "jane");

        service.forceLogout(session);

        assertThat(isLive(session)).isFalse();
        assertThat(sessions.find(session).orElseThrow().revokedReason()).isEqualTo(RevocationReason.FORCED_LOGOUT);
    }

    @Test
    void forcing_out_an_unknown_session_is_not_found() {
        assertThatThrownBy(() -> service.forceLogout(SessionId.newId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void forcing_out_a_session_already_ended_is_not_found() {
        SessionId session = openSession(jane, "jane");
        sessions.revoke(session, RevocationReason.LOGGED_OUT, clock.now());

        assertThatThrownBy(() -> service.forceLogout(session)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.find(session).orElseThrow().revokedReason()).isEqualTo(RevocationReason.LOGGED_OUT);
    }

    @Test
    void forcing_out_an_expired_session_is_not_found() {
        SessionId session = openSession(jane, "jane");
        clock.advanceBy(TTL);

        assertThatThrownBy(() -> service.forceLogout(session)).isInstanceOf(NotFoundException.class);
    }
}
