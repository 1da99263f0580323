package dev.bastion.modules.inventory.application;

import dev.bastion.application.organization.DepartmentOwnedRecords;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import java.util.Optional;

/** Tells the core that a department owning a warehouse is not to be deleted (its warehouses would be orphaned). */
public final class WarehouseOwnership implements DepartmentOwnedRecords {

    private final WarehouseRepository warehouses;

    public WarehouseOwnership(WarehouseRepository warehouses) {
        this.warehouses = warehouses;
    }

    @Override
    public Optional<String> ownedBy(DeptId dept) {
        return warehouses.anyOwnedBy(dept) ? Optional.of("warehouses of the inventory module") : Optional.empty();
    }
}
