package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;

/** An administrator ends someone's session. A session that is not live is {@code NOT_FOUND}. */
public interface ForceLogout {

    void forceLogout(SessionId session);
}
