package dev.bastion.adapters.messaging.identity.sessions;

import static dev.bastion.adapters.messaging.identity.sessions.SessionSnapshots.NEWEST_FIRST;
import static dev.bastion.adapters.messaging.identity.sessions.SessionSnapshots.isLive;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.shared.WithoutRedis;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link SessionStore} for a single instance (no Redis). Snapshots (immutable) in a concurrent
 * map, changed only through {@code compute} so a compare-and-set on the version is atomic per
 * session; a per-user index of ids, cleaned lazily and by {@link #purgeExpired}. Sessions are
 * dropped, like their Redis counterparts, a safety margin after they expired, by a sweep that
 * runs at most once a minute of domain time (and whenever {@link #purgeExpired} runs).
 */
@Singleton
@Requires(condition = WithoutRedis.class)
final class InProcessSessionStore implements SessionStore {

    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final ConcurrentHashMap<SessionId, SessionSnapshot> sessions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UserId, Set<SessionId>> byUser = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    @Override
    public void add(Session session) {
        SessionSnapshot s = session.snapshot();
        sessions.put(s.id(), s);
        if (s.revokedAt() == null) {
            index(s);
        }
        sweepIfDue(s.lastSeenAt());
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(Session::reconstitute);
    }

    @Override
    public boolean update(Session session) {
        SessionSnapshot incoming = session.snapshot();
        boolean[] stored = {false};
        SessionSnapshot now = sessions.computeIfPresent(incoming.id(), (id, current) -> {
            if (current.version() != incoming.version()) {
                return current;
            }
            stored[0] = true;
            // check() may have moved "last seen" on since the copy was read (without a new version)
            SessionSnapshot merged = SessionSnapshots.withLastSeen(incoming,
                    SessionSnapshots.later(current.lastSeenAt(), incoming.lastSeenAt()));
            return SessionSnapshots.withVersion(merged, current.version() + 1);
        });
        if (!stored[0]) {
            return false;
        }
        if (now.revokedAt() == null) {
            index(now);
        } else {
            unindex(now.userId(), now.id());
        }
        return true;
    }

    @Override
    public void revoke(SessionId id, RevocationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(now, "now");
        SessionSnapshot revoked = sessions.computeIfPresent(id, (key, current) -> SessionSnapshots.revoked(current, reason, now));
        if (revoked != null) {
            unindex(revoked.userId(), id);
        }
        sweepIfDue(now);
    }

    @Override
    public int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        int count = 0;
        for (SessionId id : indexed(user)) {
            if (id.equals(keep)) {
                continue;
            }
            boolean[] revokedHere = {false};
            sessions.computeIfPresent(id, (key, current) -> {
                if (!isLive(current, now)) {
                    return current;
                }
                revokedHere[0] = true;
                return SessionSnapshots.revoked(current, reason, now);
            });
            if (revokedHere[0]) {
                count++;
            }
            unindex(user, id);
        }
        sweepIfDue(now);
        return count;
    }

    @Override
    public Optional<ActiveSession> check(SessionId id, Instant now) {
        SessionSnapshot s = sessions.get(id);
        if (s == null || !isLive(s, now)) {
            return Optional.empty();
        }
        if (SessionSnapshots.lastSeenIsDue(s.lastSeenAt(), now)) {
            sessions.computeIfPresent(id, (key, current) -> SessionSnapshots.lastSeenIsDue(current.lastSeenAt(), now)
                    ? SessionSnapshots.withLastSeen(current, now)
                    : current);
        }
        return Optional.of(new ActiveSession(s.id(), s.userId(), s.passwordChangeRequired()));
    }

    @Override
    public List<Session> liveSessionsOf(UserId user, Instant now) {
        List<SessionSnapshot> live = new ArrayList<>();
        for (SessionId id : indexed(user)) {
            SessionSnapshot s = sessions.get(id);
            if (s != null && isLive(s, now)) {
                live.add(s);
            } else {
                unindex(user, id);
            }
        }
        sweepIfDue(now);
        return live.stream().sorted(NEWEST_FIRST).map(Session::reconstitute).toList();
    }

    @Override
    public Page<Session> liveSessions(PageRequest page, Instant now) {
        sweepIfDue(now);
        List<SessionSnapshot> live = sessions.values().stream()
                .filter(s -> isLive(s, now))
                .sorted(NEWEST_FIRST)
                .toList();
        List<Session> items = live.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(Session::reconstitute)
                .toList();
        return Page.of(items, live.size(), page);
    }

    @Override
    public long countLive(Instant now) {
        return sessions.values().stream().filter(s -> isLive(s, now)).count();
    }

    /**
     * Drops every expired id from the per-user index (counting them, as Redis counts what it
     * drops from its indexes) and, whatever the last sweep, the sessions past the margin.
     */
    @Override
    public int purgeExpired(Instant now) {
        int count = 0;
        for (UserId user : List.copyOf(byUser.keySet())) {
            for (SessionId id : indexed(user)) {
                SessionSnapshot s = sessions.get(id);
                if (s == null || !now.isBefore(s.expiresAt())) {
                    unindex(user, id);
                    count++;
                }
            }
        }
        sweep(now);
        return count;
    }

    private List<SessionId> indexed(UserId user) {
        Set<SessionId> ids = byUser.get(user);
        return ids == null ? List.of() : List.copyOf(ids);
    }

    private void index(SessionSnapshot s) {
        byUser.compute(s.userId(), (user, ids) -> {
            Set<SessionId> set = ids == null ? ConcurrentHashMap.newKeySet() : ids;
            set.add(s.id());
            return set;
        });
    }

    private void unindex(UserId user, SessionId id) {
        byUser.computeIfPresent(user, (key, ids) -> {
            ids.remove(id);
            return ids.isEmpty() ? null : ids;
        });
    }

    /** Drops sessions that expired a safety margin before {@code now}; at most once a minute. */
    private void sweepIfDue(Instant now) {
        Instant previous = lastSweep.get();
        if (previous != Instant.MIN && now.isBefore(previous.plus(SWEEP_EVERY))) {
            return;
        }
        if (!lastSweep.compareAndSet(previous, now)) {
            return;
        }
        sweep(now);
    }

    private void sweep(Instant now) {
        Instant horizon = now.minus(RedisScripts.SAFETY_MARGIN);
        sessions.values().removeIf(s -> {
            if (s.expiresAt().isAfter(horizon)) {
                return false;
            }
            unindex(s.userId(), s.id());
            return true;
        });
    }
}
