package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;

/** Ends every session of the caller but the current one. */
public interface SignOutOtherSessions {

    void signOut(UserId user, SessionId current);
}
