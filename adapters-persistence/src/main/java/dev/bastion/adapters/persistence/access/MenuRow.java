package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code menus}. Private to this adapter: nothing outside it sees rows.
 *
 * <p>Each column is named explicitly: without {@code @MappedProperty} Micronaut Data derives every column
 * name from its property for every row it reads (a sixth of the CPU of listing the 1 000-department
 * tree, bench/RESULTS.md).
 */
@MappedEntity("menus")
public record MenuRow(
        @Id @MappedProperty("id") UUID id,
        @Nullable @MappedProperty("parent_id") UUID parentId,
        @MappedProperty("name") String name,
        @MappedProperty("type") String type,
        @Nullable @MappedProperty("path") String path,
        @Nullable @MappedProperty("component") String component,
        @Nullable @MappedProperty("permission") String permission,
        @Nullable @MappedProperty("icon") String icon,
        @MappedProperty("sort") int sort,
        @MappedProperty("visible") boolean visible,
        @MappedProperty("status") String status,
        @Version @MappedProperty("version") Long version,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        @Nullable @MappedProperty("deleted_at") Instant deletedAt) {
}
