package dev.bastion.modules.inventory.application;

/**
 * The permission codes of the inventory module, as its menus grant them and its endpoints require
 * them ({@code inventory:<resource>:<action>}).
 */
public final class InventoryPermissions {

    public static final String WAREHOUSE_LIST = "inventory:warehouse:list";
    public static final String WAREHOUSE_READ = "inventory:warehouse:read";
    public static final String WAREHOUSE_CREATE = "inventory:warehouse:create";
    public static final String WAREHOUSE_UPDATE = "inventory:warehouse:update";
    public static final String WAREHOUSE_DELETE = "inventory:warehouse:delete";
    public static final String ITEM_LIST = "inventory:item:list";
    public static final String ITEM_READ = "inventory:item:read";
    public static final String ITEM_CREATE = "inventory:item:create";
    public static final String ITEM_UPDATE = "inventory:item:update";
    public static final String ITEM_DELETE = "inventory:item:delete";
    public static final String ITEM_RECEIVE = "inventory:item:receive";
    public static final String ITEM_ISSUE = "inventory:item:issue";

    private InventoryPermissions() {
    }
}
