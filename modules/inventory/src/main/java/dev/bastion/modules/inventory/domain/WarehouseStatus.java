package dev.bastion.modules.inventory.domain;

/** Whether a warehouse is in use: a DISABLED one keeps its items but takes no new item and moves no stock. */
public enum WarehouseStatus {
    ENABLED,
    DISABLED
}
