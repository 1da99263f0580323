package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionStore.ActiveSession;
import dev.bastion.domain.identity.UserId;
import java.util.Optional;

/**
 * The per-request check behind every access token: the session named by the token is live and
 * belongs to the token's user. Empty means the token no longer counts.
 */
public interface CheckSession {

    Optional<ActiveSession> check(UserId user, SessionId session);
}
