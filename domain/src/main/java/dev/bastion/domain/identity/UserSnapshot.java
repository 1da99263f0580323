package dev.bastion.domain.identity;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.PhoneNumber;
import java.time.Instant;

/**
 * A user's whole state as one value, for storing and rebuilding the aggregate
 * ({@link User#snapshot()}, {@link User#reconstitute(UserSnapshot)}). {@code email}, {@code phone}
 * and {@code deletedAt} may be null; everything else is required.
 */
public record UserSnapshot(
        UserId id,
        Username username,
        Nickname nickname,
        Email email,
        PhoneNumber phone,
        DeptId deptId,
        PasswordHash passwordHash,
        boolean mustChangePassword,
        UserStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {
}
