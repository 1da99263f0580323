package dev.bastion.adapters.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code departments}.
 *
 * <p>Each column is named explicitly: without {@code @MappedProperty} Micronaut Data derives every column
 * name from its property for every row it reads (a sixth of the CPU of listing the 1 000-department
 * tree, bench/RESULTS.md).
 */
@MappedEntity("departments")
public record DepartmentRow(
        @Id @MappedProperty("id") UUID id,
        @Nullable @MappedProperty("parent_id") UUID parentId,
        @MappedProperty("name") String name,
        @MappedProperty("sort") int sort,
        @Nullable @MappedProperty("leader") String leader,
        @Nullable @MappedProperty("phone") String phone,
        @Nullable @MappedProperty("email") String email,
        @MappedProperty("status") String status,
        @Version @MappedProperty("version") Long version,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        @Nullable @MappedProperty("deleted_at") Instant deletedAt) {
}
