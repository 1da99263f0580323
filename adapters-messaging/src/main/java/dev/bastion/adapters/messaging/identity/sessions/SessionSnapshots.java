package dev.bastion.adapters.messaging.identity.sessions;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/** What both session stores decide the same way, so the twins cannot drift apart. */
final class SessionSnapshots {

    /** {@code check} records "last seen" only when the stored one is more than this old. */
    static final Duration LAST_SEEN_GRANULARITY = Duration.ofSeconds(60);

    /** Listing order: newest first by creation, ties by id (descending text, as a Redis sorted set does). */
    static final Comparator<SessionSnapshot> NEWEST_FIRST = Comparator.comparing(SessionSnapshot::createdAt)
            .thenComparing(s -> s.id().toString())
            .reversed();

    private SessionSnapshots() {
    }

    static boolean isLive(SessionSnapshot s, Instant now) {
        return s.revokedAt() == null && now.isBefore(s.expiresAt());
    }

    static boolean lastSeenIsDue(Instant lastSeenAt, Instant now) {
        return Duration.between(lastSeenAt, now).compareTo(LAST_SEEN_GRANULARITY) > 0;
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * How long the store must keep a session: until it expires, counted from the latest domain
     * time known for it (its last-seen time; {@code add} and {@code update} get no clock).
     */
    static Duration keepFor(SessionSnapshot s) {
        return Duration.between(s.lastSeenAt(), s.expiresAt());
    }

    /** Revoked with {@code reason} (the first reason stays) and the version moved on; unchanged when already revoked. */
    static SessionSnapshot revoked(SessionSnapshot s, RevocationReason reason, Instant now) {
        if (s.revokedAt() != null) {
            return s;
        }
        Session session = Session.reconstitute(s);
        session.revoke(reason, now);
        return withVersion(session.snapshot(), s.version() + 1);
    }

    static SessionSnapshot withVersion(SessionSnapshot s, long version) {
        return new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(), s.client(),
                s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), s.revokedAt(),
                s.revokedReason(), version);
    }

    static SessionSnapshot withLastSeen(SessionSnapshot s, Instant lastSeenAt) {
        return new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(), s.client(),
                s.createdAt(), lastSeenAt, s.expiresAt(), s.passwordChangeRequired(), s.revokedAt(),
                s.revokedReason(), s.version());
    }
}
