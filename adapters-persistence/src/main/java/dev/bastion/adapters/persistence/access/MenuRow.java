package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code menus}. Private to this adapter: nothing outside it sees rows. */
@MappedEntity("menus")
public record MenuRow(
        @Id UUID id,
        @Nullable UUID parentId,
        String name,
        String type,
        @Nullable String path,
        @Nullable String component,
        @Nullable String permission,
        @Nullable String icon,
        int sort,
        boolean visible,
        String status,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
