package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.DeptId;
import java.time.Instant;

/** Valid warehouses and items for the domain tests, each test changing only what it is about. */
public final class InventoryFixtures {

    public static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private InventoryFixtures() {
    }

    public static WarehouseDetails warehouseDetails(String code) {
        return new WarehouseDetails(new WarehouseCode(code), "Warehouse " + code, "1 Dock Road", WarehouseStatus.ENABLED);
    }

    public static Warehouse warehouse(DeptId dept) {
        Warehouse warehouse = Warehouse.open(WarehouseId.newId(), dept, warehouseDetails("main_store"), T0);
        warehouse.pullEvents();
        return warehouse;
    }

    public static ItemDetails itemDetails(String sku, long reorderLevel) {
        return new ItemDetails(new Sku(sku), "Item " + sku, "pcs", reorderLevel);
    }

    /** An item with {@code quantity} in stock and reorder level {@code reorderLevel}, its events already pulled. */
    public static Item item(long quantity, long reorderLevel) {
        return Item.reconstitute(new ItemSnapshot(ItemId.newId(), WarehouseId.newId(),
                itemDetails("BOLT-M8", reorderLevel), quantity, 3, T0, T0, null));
    }
}
