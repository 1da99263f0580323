package dev.bastion.modules.inventory.domain;

/**
 * The item listing's filters, each optional: the warehouse, {@code skuPrefix} (the SKUs starting
 * with it, ignoring case), {@code name} (the names containing it, ignoring case), and
 * {@code lowStockOnly} (only the items whose stock is below their reorder level).
 */
public record ItemQuery(WarehouseId warehouseId, String skuPrefix, String name, boolean lowStockOnly) {

    public ItemQuery {
        skuPrefix = skuPrefix == null || skuPrefix.isBlank() ? null : skuPrefix.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static ItemQuery any() {
        return new ItemQuery(null, null, null, false);
    }
}
