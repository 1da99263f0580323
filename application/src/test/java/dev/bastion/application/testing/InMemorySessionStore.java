package dev.bastion.application.testing;

import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.SessionSnapshot;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@link SessionStore} contract in a map, for use-case tests. Stores snapshots, never the
 * caller's objects, so every {@link #find} hands out a copy of its own.
 *
 * <ul>
 *   <li>{@link #update} is a compare-and-set on the version: it stores only a copy read at the
 *       stored version, and the stored version becomes one higher.</li>
 *   <li>{@link #revoke} ignores the version but, when it ends a live session, moves the version on
 *       too, so a copy read before the revocation can never bring the session back.</li>
 *   <li>Sessions are never dropped (the real store lets them expire); listings show live ones,
 *       newest first.</li>
 *   <li>{@link #purgeExpired} counts each unrevoked expired session once, as the real stores
 *       count the index entries they drop.</li>
 * </ul>
 */
public final class InMemorySessionStore implements SessionStore {

    private static final Comparator<Session> NEWEST_FIRST = Comparator.comparing(Session::createdAt)
            .thenComparing(session -> session.id().value()).reversed();

    private final Map<SessionId, SessionSnapshot> rows = new LinkedHashMap<>();
    private final Set<SessionId> purged = new HashSet<>();

    @Override
    public synchronized void add(Session session) {
        SessionSnapshot row = session.snapshot();
        if (row.version() != 0) {
            throw new IllegalArgumentException("a new session is at version 0, not " + row.version());
        }
        if (rows.containsKey(row.id())) {
            throw new IllegalStateException("session " + row.id() + " was already added");
        }
        rows.put(row.id(), row);
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return Optional.ofNullable(rows.get(id)).map(Session::reconstitute);
    }

    @Override
    public synchronized boolean update(Session session) {
        SessionSnapshot changed = session.snapshot();
        SessionSnapshot stored = rows.get(changed.id());
        if (stored == null || stored.version() != changed.version()) {
            return false;
        }
        rows.put(changed.id(), withVersion(changed, stored.version() + 1));
        return true;
    }

    @Override
    public synchronized void revoke(SessionId id, RevocationReason reason, Instant now) {
        SessionSnapshot stored = rows.get(id);
        if (stored == null) {
            return;
        }
        Session session = Session.reconstitute(stored);
        session.revoke(reason, now);
        SessionSnapshot revoked = session.snapshot();
        if (!revoked.equals(stored)) {
            rows.put(id, withVersion(revoked, stored.version() + 1));
        }
    }

    @Override
    public synchronized int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now) {
        List<SessionId> ending = live(now).filter(session -> session.userId().equals(user))
                .map(Session::id)
                .filter(id -> !id.equals(keep))
                .toList();
        ending.forEach(id -> revoke(id, reason, now));
        return ending.size();
    }

    @Override
    public synchronized Optional<ActiveSession> check(SessionId id, Instant now) {
        return find(id).filter(session -> session.isLive(now))
                .map(session -> new ActiveSession(session.id(), session.userId(), session.passwordChangeRequired()));
    }

    @Override
    public synchronized List<Session> liveSessionsOf(UserId user, Instant now) {
        return live(now).filter(session -> session.userId().equals(user)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized Page<Session> liveSessions(PageRequest page, Instant now) {
        List<Session> all = live(now).sorted(NEWEST_FIRST).toList();
        List<Session> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return Page.of(items, all.size(), page);
    }

    @Override
    public synchronized long countLive(Instant now) {
        return live(now).count();
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        List<SessionId> expired = rows.values().stream()
                .filter(s -> s.revokedAt() == null && !now.isBefore(s.expiresAt()))
                .map(SessionSnapshot::id)
                .filter(id -> !purged.contains(id))
                .toList();
        purged.addAll(expired);
        return expired.size();
    }

    /** Every session ever stored, ended ones included, in insertion order: for assertions. */
    public synchronized List<SessionSnapshot> rows() {
        return List.copyOf(rows.values());
    }

    private Stream<Session> live(Instant now) {
        return rows.values().stream().map(Session::reconstitute).filter(session -> session.isLive(now));
    }

    private static SessionSnapshot withVersion(SessionSnapshot s, long version) {
        return new SessionSnapshot(s.id(), s.userId(), s.username(), s.current(), s.rotated(), s.client(),
                s.createdAt(), s.lastSeenAt(), s.expiresAt(), s.passwordChangeRequired(), s.revokedAt(),
                s.revokedReason(), version);
    }
}
