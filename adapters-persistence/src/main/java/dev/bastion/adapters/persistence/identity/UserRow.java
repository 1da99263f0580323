package dev.bastion.adapters.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code users}. Private to this adapter: nothing outside it sees rows. */
@MappedEntity("users")
public record UserRow(
        @Id UUID id,
        String username,
        String nickname,
        @Nullable String email,
        @Nullable String phone,
        UUID deptId,
        String passwordHash,
        boolean mustChangePassword,
        String status,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
