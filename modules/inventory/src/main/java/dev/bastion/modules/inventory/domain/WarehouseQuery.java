package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.organization.DeptId;

/**
 * The warehouse listing's filters, each optional: {@code search} (the warehouses whose code or
 * name contains it, ignoring case), the owning department (that one only, not its
 * sub-departments), and the status.
 */
public record WarehouseQuery(String search, DeptId deptId, WarehouseStatus status) {

    public WarehouseQuery {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static WarehouseQuery any() {
        return new WarehouseQuery(null, null, null);
    }
}
