package dev.bastion.adapters.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code departments}. */
@MappedEntity("departments")
public record DepartmentRow(
        @Id UUID id,
        @Nullable UUID parentId,
        String name,
        int sort,
        @Nullable String leader,
        @Nullable String phone,
        @Nullable String email,
        String status,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
