package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code roles}. Private to this adapter: nothing outside it sees rows. */
@MappedEntity("roles")
public record RoleRow(
        @Id UUID id,
        String code,
        String name,
        int sort,
        String status,
        String dataScope,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
