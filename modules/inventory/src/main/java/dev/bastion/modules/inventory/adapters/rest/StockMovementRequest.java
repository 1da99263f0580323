package dev.bastion.modules.inventory.adapters.rest;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How much stock to receive or issue, with the item's {@code version} as read: a movement changes
 * the item, so a stale version is refused (409 VERSION_CONFLICT) like any other change.
 */
@Serdeable
public record StockMovementRequest(@NotNull @Min(1) Long quantity, @NotNull @Min(0) Long version) {
}
