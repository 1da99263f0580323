package dev.bastion.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A login session: one refresh-token family. The current refresh token rotates on every
 * refresh; presenting one that was already rotated means a copy is in someone else's hands,
 * so the whole session is revoked (reuse detection). Every access token names its session
 * ({@code sid}), so ending the session ends them too.
 *
 * <p>{@code version} counts stored changes; the store refuses an update from a stale copy, so
 * two refreshes racing with the same token yield at most one new token.
 */
public final class Session {

    /** How many rotated digests are remembered for reuse detection. */
    static final int REMEMBERED_ROTATIONS = 32;

    private final SessionId id;
    private final UserId userId;
    private final Username username;
    private TokenDigest current;
    private final List<TokenDigest> rotated;
    private final ClientInfo client;
    private final Instant createdAt;
    private Instant lastSeenAt;
    private Instant expiresAt;
    private boolean passwordChangeRequired;
    private Instant revokedAt;
    private RevocationReason revokedReason;
    private final long version;

    private Session(SessionSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.userId = Objects.requireNonNull(s.userId(), "userId");
        this.username = Objects.requireNonNull(s.username(), "username");
        this.current = Objects.requireNonNull(s.current(), "current");
        this.rotated = new ArrayList<>(s.rotated());
        this.client = Objects.requireNonNull(s.client(), "client");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.lastSeenAt = Objects.requireNonNull(s.lastSeenAt(), "lastSeenAt");
        this.expiresAt = Objects.requireNonNull(s.expiresAt(), "expiresAt");
        this.passwordChangeRequired = s.passwordChangeRequired();
        this.revokedAt = s.revokedAt();
        this.revokedReason = s.revokedReason();
        this.version = s.version();
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        if (rotated.size() > REMEMBERED_ROTATIONS) {
            throw new IllegalArgumentException("a session remembers at most " + REMEMBERED_ROTATIONS + " rotations");
        }
        if ((revokedAt == null) != (revokedReason == null)) {
            throw new IllegalArgumentException("a revoked session has both a time and a reason");
        }
    }

    /** A new session after a successful sign-in; it lives {@code ttl} past its last refresh. */
    public static Session open(SessionId id, UserId userId, Username username, TokenDigest refreshDigest,
                               ClientInfo client, boolean passwordChangeRequired, Instant now, Duration ttl) {
        return new Session(new SessionSnapshot(id, userId, username, refreshDigest, List.of(), client, now, now,
                now.plus(ttl), passwordChangeRequired, null, null, 0));
    }

    public static Session reconstitute(SessionSnapshot snapshot) {
        return new Session(snapshot);
    }

    public SessionSnapshot snapshot() {
        return new SessionSnapshot(id, userId, username, current, List.copyOf(rotated), client, createdAt,
                lastSeenAt, expiresAt, passwordChangeRequired, revokedAt, revokedReason, version);
    }

    /**
     * A client presents a refresh token of this session and asks for a new one.
     *
     * @return {@link Rotation#ROTATED} when {@code presented} is the current token (now replaced
     *         by {@code next}); {@link Rotation#REUSE_DETECTED} when it is an earlier one (the
     *         session is revoked); {@link Rotation#REFUSED} when the session is over or the token
     *         was never part of it
     */
    public Rotation rotate(TokenDigest presented, TokenDigest next, Instant now, Duration ttl) {
        // Checked before anything changes, so a refused call leaves the session as it was.
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ttl, "ttl");
        if (!isLive(now)) {
            return Rotation.REFUSED;
        }
        if (presented.sameAs(current)) {
            rotated.add(current);
            if (rotated.size() > REMEMBERED_ROTATIONS) {
                rotated.remove(0);
            }
            current = next;
            lastSeenAt = now;
            expiresAt = now.plus(ttl);
            return Rotation.ROTATED;
        }
        if (rotated.stream().anyMatch(presented::sameAs)) {
            revoke(RevocationReason.REFRESH_TOKEN_REUSED, now);
            return Rotation.REUSE_DETECTED;
        }
        return Rotation.REFUSED;
    }

    /** Ends the session; ending an ended session changes nothing. */
    public void revoke(RevocationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(now, "now");
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }

    /** The user chose a new password in this session: nothing is forced any more. */
    public void passwordChanged() {
        passwordChangeRequired = false;
    }

    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public enum Rotation { ROTATED, REUSE_DETECTED, REFUSED }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Username username() {
        return username;
    }

    public ClientInfo client() {
        return client;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public RevocationReason revokedReason() {
        return revokedReason;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Session[" + id + ", user " + userId + (revokedAt == null ? "" : ", revoked " + revokedReason) + "]";
    }
}
