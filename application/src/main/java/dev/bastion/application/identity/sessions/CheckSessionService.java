package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import java.util.Optional;

public final class CheckSessionService implements CheckSession {

    private final SessionStore sessions;
    private final Clock clock;

    public CheckSessionService(SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<ActiveSession> check(UserId user, SessionId session) {
        return sessions.check(session, clock.now()).filter(active -> active.userId().equals(user));
    }
}
