package dev.bastion.adapters.persistence.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code user_password_history}; never changed, only trimmed. Private to this adapter. */
@MappedEntity("user_password_history")
public record PasswordHistoryRow(
        @Id UUID id,
        UUID userId,
        String passwordHash,
        Instant createdAt) {
}
