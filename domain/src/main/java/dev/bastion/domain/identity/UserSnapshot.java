package dev.bastion.domain.identity;

import java.time.Instant;

/**
 * A user's whole state as one value, for storing and rebuilding the aggregate
 * ({@link User#snapshot()}, {@link User#reconstitute(UserSnapshot)}). {@code email} and
 * {@code deletedAt} may be null; everything else is required.
 */
public record UserSnapshot(
        UserId id,
        Username username,
        Nickname nickname,
        Email email,
        PasswordHash passwordHash,
        boolean mustChangePassword,
        UserStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {
}
