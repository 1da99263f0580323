package dev.bastion.adapters.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code roles}. Private to this adapter: nothing outside it sees rows.
 *
 * <p>Each column is named explicitly: without {@code @MappedProperty} Micronaut Data derives every column
 * name from its property for every row it reads (a sixth of the CPU of listing the 1 000-department
 * tree, bench/RESULTS.md).
 */
@MappedEntity("roles")
public record RoleRow(
        @Id @MappedProperty("id") UUID id,
        @MappedProperty("code") String code,
        @MappedProperty("name") String name,
        @MappedProperty("sort") int sort,
        @MappedProperty("status") String status,
        @MappedProperty("data_scope") String dataScope,
        @Version @MappedProperty("version") Long version,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        @Nullable @MappedProperty("deleted_at") Instant deletedAt) {
}
