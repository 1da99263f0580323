package dev.bastion.adapters.messaging.identity;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionSnapshot;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link SessionStore} in this process's memory, for a single instance without Redis. Every
 * change is an atomic {@code compute} on the session's entry; expired sessions are dropped
 * when met.
 */
@Singleton
@Requires(missingProperty = "redis.uri")
final class InProcessSessionStore implements SessionStore {

    private final Map<SessionId, SessionSnapshot> sessions = new ConcurrentHashMap<>();

    @Override
    public void add(Session session) {
        sessions.put(session.id(), session.snapshot());
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(Session::reconstitute);
    }

    @Override
    public boolean update(Session session) {
        AtomicBoolean stored = new AtomicBoolean();
        sessions.computeIfPresent(session.id(), (id, current) -> {
            if (current.version() != session.version()) {
                return current;
            }
            stored.set(true);
            return withVersion(session.snapshot(), current.version() + 1);
        });
        return stored.get();
    }

    @Override
    public void revoke(SessionId id, RevocationReason reason, Instant now) {
        sessions.computeIfPresent(id, (key, current) -> {
            Session session = Session.reconstitute(current);
            session.revoke(reason, now);
            return withVersion(session.snapshot(), current.version() + 1);
        });
    }

    @Override
    public int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        int revoked = 0;
        for (SessionSnapshot snapshot : List.copyOf(sessions.values())) {
            if (snapshot.userId().equals(user) && !snapshot.id().equals(keep)
                    && Session.reconstitute(snapshot).isLive(now)) {
                revoke(snapshot.id(), reason, now);
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public Optional<ActiveSession> check(SessionId id, Instant now) {
        SessionSnapshot snapshot = sessions.get(id);
        if (snapshot == null || snapshot.revokedAt() != null || !now.isBefore(snapshot.expiresAt())) {
            return Optional.empty();
        }
        if (now.isAfter(snapshot.lastSeenAt().plus(RedisSessionStore.LAST_SEEN_RESOLUTION))) {
            sessions.computeIfPresent(id, (key, current) -> new SessionSnapshot(current.id(), current.userId(),
                    current.username(), current.current(), current.rotated(), current.client(), current.createdAt(),
                    now, current.expiresAt(), current.passwordChangeRequired(), current.revokedAt(),
                    current.revokedReason(), current.version()));
        }
        return Optional.of(new ActiveSession(snapshot.id(), snapshot.userId(), snapshot.passwordChangeRequired()));
    }

    @Override
    public List<Session> liveSessionsOf(UserId user, Instant now) {
        return live(now).filter(session -> session.userId().equals(user)).toList();
    }

    @Override
    public Page<Session> liveSessions(PageRequest page, Instant now) {
        List<Session> live = live(now).toList();
        List<Session> items = live.stream().skip(page.offset()).limit(page.size()).toList();
        return Page.of(items, live.size(), page);
    }

    private java.util.stream.Stream<Session> live(Instant now) {
        sessions.values().removeIf(snapshot -> !now.isBefore(snapshot.expiresAt()));
        return sessions.values().stream()
                .map(Session::reconstitute)
                .filter(session -> session.isLive(now))
                .sorted(Comparator.comparing(Session::createdAt).reversed().thenComparing(s -> s.id().value()));
    }

    private static SessionSnapshot withVersion(SessionSnapshot s, long version) {
        return new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(), s.client(),
                s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), s.revokedAt(),
                s.revokedReason(), version);
    }
}
