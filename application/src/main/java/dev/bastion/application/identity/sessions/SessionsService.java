package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The session listings and sign-outs: thin reads and writes over the {@link SessionStore}. */
public final class SessionsService implements ListOwnSessions, SignOutOtherSessions, ListSessions, ForceLogout {

    private final SessionStore sessions;
    private final Clock clock;

    public SessionsService(SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<SessionView> list(UserId user, SessionId current) {
        return sessions.liveSessionsOf(user, clock.now()).stream()
                .sorted(Comparator.comparing(s -> s.createdAt(), Comparator.reverseOrder()))
                .map(session -> SessionView.of(session, current))
                .toList();
    }

    @Override
    public void signOut(UserId user, SessionId current) {
        sessions.revokeAllOf(user, current, RevocationReason.SIGNED_OUT_ELSEWHERE, clock.now());
    }

    @Override
    public Page<SessionView> list(PageRequest page) {
        return sessions.liveSessions(page, clock.now()).map(session -> SessionView.of(session, null));
    }

    @Override
    public void forceLogout(SessionId id) {
        Instant now = clock.now();
        sessions.find(id).filter(session -> session.isLive(now))
                .orElseThrow(() -> new NotFoundException("session " + id));
        sessions.revoke(id, RevocationReason.FORCED_LOGOUT, now);
    }
}
