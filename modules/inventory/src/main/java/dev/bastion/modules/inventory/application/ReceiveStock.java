package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;

/**
 * Puts {@code quantity} (more than 0) of an item into stock: the item read at {@code version}
 * (stale: {@code VERSION_CONFLICT}), its warehouse within the actor's data scope and ENABLED
 * ({@code CONFLICT} otherwise). Stock that would not fit a long is {@code CONFLICT} on {@code quantity}.
 */
public interface ReceiveStock {

    ItemView receive(UserId actor, StockMovement movement);
}
