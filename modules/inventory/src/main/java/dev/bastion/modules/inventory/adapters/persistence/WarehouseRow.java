package dev.bastion.modules.inventory.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code inventory_warehouses}. */
@MappedEntity("inventory_warehouses")
public record WarehouseRow(
        @Id UUID id,
        String code,
        String name,
        @Nullable String address,
        String status,
        UUID deptId,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
