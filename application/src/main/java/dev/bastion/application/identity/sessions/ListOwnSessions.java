package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.util.List;

/** The caller's live sessions, newest first, the current one marked. */
public interface ListOwnSessions {

    List<SessionView> list(UserId user, SessionId current);
}
