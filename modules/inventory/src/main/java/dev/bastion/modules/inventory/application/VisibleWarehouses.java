package dev.bastion.modules.inventory.application;

import dev.bastion.domain.organization.RecordScope;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import java.util.Optional;

/**
 * The data scope rule of this module, in one place: a warehouse exists for an actor only when its
 * department is in their scope, and an item only when its warehouse does. Outside it, a record is
 * answered as unknown: its existence is not told.
 */
final class VisibleWarehouses {

    private final WarehouseRepository warehouses;

    VisibleWarehouses(WarehouseRepository warehouses) {
        this.warehouses = warehouses;
    }

    Optional<Warehouse> find(WarehouseId id, RecordScope scope) {
        return warehouses.findById(id).filter(w -> scope.coversDept(w.deptId()));
    }
}
