package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;

/** A live session as listings show it. {@code current} marks the caller's own. */
public record SessionView(SessionId id, UserId userId, String username, String ip, String userAgent,
                          Instant loginAt, Instant lastSeenAt, Instant expiresAt, boolean current) {

    public static SessionView of(Session session, SessionId callers) {
        return new SessionView(session.id(), session.userId(), session.username().value(), session.client().ip(),
                session.client().userAgent(), session.createdAt(), session.lastSeenAt(), session.expiresAt(),
                session.id().equals(callers));
    }
}
