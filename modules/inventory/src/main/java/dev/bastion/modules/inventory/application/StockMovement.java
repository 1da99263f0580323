package dev.bastion.modules.inventory.application;

import dev.bastion.modules.inventory.domain.ItemId;
import java.util.Objects;

/** {@code quantity} units of an item read at {@code version}, in or out. */
public record StockMovement(ItemId id, long version, long quantity) {

    public StockMovement {
        Objects.requireNonNull(id, "id");
    }
}
