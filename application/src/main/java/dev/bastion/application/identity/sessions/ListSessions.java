package dev.bastion.application.identity.sessions;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** Everyone's live sessions, newest first (online users). */
public interface ListSessions {

    Page<SessionView> list(PageRequest page);
}
