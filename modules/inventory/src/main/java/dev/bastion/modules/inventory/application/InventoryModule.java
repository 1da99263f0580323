package dev.bastion.modules.inventory.application;

import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_CREATE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_DELETE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_ISSUE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_LIST;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_READ;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_RECEIVE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.ITEM_UPDATE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_CREATE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_DELETE;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_LIST;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_READ;
import static dev.bastion.modules.inventory.application.InventoryPermissions.WAREHOUSE_UPDATE;

import dev.bastion.application.modules.BastionModule;
import dev.bastion.application.modules.ModuleEvent;
import dev.bastion.application.modules.ModuleMenu;
import dev.bastion.modules.inventory.domain.ItemChanged;
import dev.bastion.modules.inventory.domain.ItemCreated;
import dev.bastion.modules.inventory.domain.ItemDeleted;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemIssued;
import dev.bastion.modules.inventory.domain.ItemReceived;
import dev.bastion.modules.inventory.domain.ItemStockLow;
import dev.bastion.modules.inventory.domain.WarehouseChanged;
import dev.bastion.modules.inventory.domain.WarehouseCreated;
import dev.bastion.modules.inventory.domain.WarehouseDeleted;
import dev.bastion.modules.inventory.domain.WarehouseId;
import java.util.List;
import java.util.UUID;

/**
 * The inventory module as the core finds it: its name and its menus. The menu ids are fixed
 * (UUIDv7-shaped, in the range {@code 01936f6e-0000-7000-8001-…} the core's seeds do not use), so
 * seeding them twice finds them the second time.
 */
public final class InventoryModule implements BastionModule {

    public static final String NAME = "inventory";

    static final UUID ROOT = menuId(0x001);
    static final UUID WAREHOUSES = menuId(0x010);
    static final UUID ITEMS = menuId(0x020);

    private static final List<ModuleMenu> MENUS = List.of(
            new ModuleMenu(ROOT, null, "Inventory", "DIRECTORY", "/inventory", null, null, "inventory", 10),
            new ModuleMenu(WAREHOUSES, ROOT, "Warehouses", "MENU", "warehouse", "inventory/warehouse/index",
                    WAREHOUSE_LIST, "warehouse", 1),
            button(0x011, WAREHOUSES, "Read warehouse", WAREHOUSE_READ, 1),
            button(0x012, WAREHOUSES, "Create warehouse", WAREHOUSE_CREATE, 2),
            button(0x013, WAREHOUSES, "Update warehouse", WAREHOUSE_UPDATE, 3),
            button(0x014, WAREHOUSES, "Delete warehouse", WAREHOUSE_DELETE, 4),
            new ModuleMenu(ITEMS, ROOT, "Items", "MENU", "item", "inventory/item/index", ITEM_LIST, "item", 2),
            button(0x021, ITEMS, "Read item", ITEM_READ, 1),
            button(0x022, ITEMS, "Create item", ITEM_CREATE, 2),
            button(0x023, ITEMS, "Update item", ITEM_UPDATE, 3),
            button(0x024, ITEMS, "Delete item", ITEM_DELETE, 4),
            button(0x025, ITEMS, "Receive stock", ITEM_RECEIVE, 5),
            button(0x026, ITEMS, "Issue stock", ITEM_ISSUE, 6));

    @Override
    public String name() {
        return NAME;
    }

    private static final List<ModuleEvent<?>> EVENTS = List.of(
            ModuleEvent.of(WarehouseCreated.class, id -> new WarehouseCreated(new WarehouseId(id))),
            ModuleEvent.of(WarehouseChanged.class, id -> new WarehouseChanged(new WarehouseId(id))),
            ModuleEvent.of(WarehouseDeleted.class, id -> new WarehouseDeleted(new WarehouseId(id))),
            ModuleEvent.of(ItemCreated.class, id -> new ItemCreated(new ItemId(id))),
            ModuleEvent.of(ItemChanged.class, id -> new ItemChanged(new ItemId(id))),
            ModuleEvent.of(ItemDeleted.class, id -> new ItemDeleted(new ItemId(id))),
            ModuleEvent.of(ItemReceived.class, id -> new ItemReceived(new ItemId(id))),
            ModuleEvent.of(ItemIssued.class, id -> new ItemIssued(new ItemId(id))),
            ModuleEvent.of(ItemStockLow.class, id -> new ItemStockLow(new ItemId(id))));

    @Override
    public List<ModuleMenu> menus() {
        return MENUS;
    }

    /** Stored and carried as {@code inventory.WarehouseCreated}, {@code inventory.ItemStockLow}, … */
    @Override
    public List<ModuleEvent<?>> events() {
        return EVENTS;
    }

    private static ModuleMenu button(int n, UUID parent, String name, String permission, int sort) {
        return new ModuleMenu(menuId(n), parent, name, "BUTTON", null, null, permission, null, sort);
    }

    private static UUID menuId(int n) {
        return UUID.fromString(String.format("01936f6e-0000-7000-8001-%012x", n));
    }
}
