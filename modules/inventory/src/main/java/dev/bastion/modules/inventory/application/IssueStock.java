package dev.bastion.modules.inventory.application;

import dev.bastion.domain.identity.UserId;

/**
 * Takes {@code quantity} (more than 0, at most what is in stock: {@code CONFLICT} on
 * {@code quantity} otherwise) of an item out of stock, as {@link ReceiveStock} for the rest; an
 * issue taking the stock below the reorder level records {@code ItemStockLow}.
 */
public interface IssueStock {

    ItemView issue(UserId actor, StockMovement movement);
}
