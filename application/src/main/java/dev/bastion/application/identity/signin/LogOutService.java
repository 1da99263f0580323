package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.shared.Clock;

public final class LogOutService implements LogOut {

    private final SessionStore sessions;
    private final Clock clock;

    public LogOutService(SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void logOut(SessionId session) {
        sessions.revoke(session, RevocationReason.LOGGED_OUT, clock.now());
    }
}
