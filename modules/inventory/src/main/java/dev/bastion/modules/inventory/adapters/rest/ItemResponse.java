package dev.bastion.modules.inventory.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An item as read: the fields of its body, its stock, plus id, version and times. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemResponse(String id, String warehouseId, String sku, String name, String unit, long quantity,
                           long reorderLevel,
                           @Schema(description = "quantity is below reorderLevel") boolean lowStock,
                           long version, Instant createdAt, Instant updatedAt) {
}
