package dev.bastion.domain.identity;

import java.time.Instant;
import java.util.List;

/**
 * A session's whole state as one value, for stores ({@link Session#snapshot()},
 * {@link Session#reconstitute(SessionSnapshot)}). {@code rotated} holds the digests of earlier
 * refresh tokens, oldest first; {@code revokedAt} and {@code revokedReason} are both null or both set.
 */
public record SessionSnapshot(
        SessionId id,
        UserId userId,
        Username username,
        TokenDigest current,
        List<TokenDigest> rotated,
        ClientInfo client,
        Instant createdAt,
        Instant lastSeenAt,
        Instant expiresAt,
        boolean passwordChangeRequired,
        Instant revokedAt,
        RevocationReason revokedReason,
        long version) {

    public SessionSnapshot {
        rotated = List.copyOf(rotated);
    }
}
