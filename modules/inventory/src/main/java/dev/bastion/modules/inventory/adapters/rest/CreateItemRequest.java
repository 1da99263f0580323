package dev.bastion.modules.inventory.adapters.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new item, with nothing in stock, in warehouse {@code warehouseId} (within the caller's data
 * scope, ENABLED). The SKU's shape is checked by the use case, which names the field. Default:
 * {@code reorderLevel} 0 (never low).
 */
@Serdeable
public record CreateItemRequest(@NotBlank @Size(max = 36) String warehouseId,
                                @NotBlank @Size(max = 40)
                                @Schema(description = "letters, digits, - or _; unique ignoring case",
                                        example = "BOLT-M8") String sku,
                                @NotBlank @Size(max = 100) String name,
                                @NotBlank @Size(max = 16) @Schema(example = "pcs") String unit,
                                @Nullable @Min(0) Long reorderLevel) {
}
