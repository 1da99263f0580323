package dev.bastion.modules.inventory.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code inventory_items}. */
@MappedEntity("inventory_items")
public record ItemRow(
        @Id UUID id,
        UUID warehouseId,
        String sku,
        String name,
        String unit,
        long quantity,
        long reorderLevel,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant deletedAt) {
}
