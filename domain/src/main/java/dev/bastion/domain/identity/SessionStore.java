package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions live, shared by every instance (Redis in production, in-process otherwise).
 * A session is kept until it expires, revoked or not; listings show live ones only.
 */
public interface SessionStore {

    /** Stores a new session. */
    void add(Session session);

    Optional<Session> find(SessionId id);

    /**
     * Stores the changes of a session read earlier, unless someone stored a change since
     * (its version moved on). Returns whether it was stored; the stored version is one higher.
     */
    boolean update(Session session);

    /** Ends a session whatever its version, at once for every instance. Unknown ids are ignored. */
    void revoke(SessionId id, RevocationReason reason, Instant now);

    /** Ends every live session of {@code user} except {@code keep} (may be null); returns how many. */
    int revokeAllOf(UserId user, SessionId keep, RevocationReason reason, Instant now);

    /**
     * The check every authenticated request makes: is the session live? One round trip at most.
     * May record the request as the session's "last seen" (coarsely, to keep it cheap).
     */
    Optional<ActiveSession> check(SessionId id, Instant now);

    List<Session> liveSessionsOf(UserId user, Instant now);

    /** Live sessions of everyone, newest first. */
    Page<Session> liveSessions(PageRequest page, Instant now);

    /**
     * How many sessions are live at {@code now} (neither revoked nor expired): a figure for
     * monitoring, read in the background, so it may cost one round trip but never a scan.
     */
    long countLive(Instant now);

    /**
     * Drops what the store still keeps for sessions expired at {@code now} that no decision needs
     * any more (the listings' index entries it cleans lazily otherwise), so they do not pile up
     * for users and listings nobody reads: a chore the scheduler runs. Answers how many expired
     * sessions it cleared. The sessions themselves are still found until the store lets them go.
     */
    int purgeExpired(Instant now);

    /** What a request needs to know about its live session. */
    record ActiveSession(SessionId id, UserId userId, boolean passwordChangeRequired) {
    }
}
