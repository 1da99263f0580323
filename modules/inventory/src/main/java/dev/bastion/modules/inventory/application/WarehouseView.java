package dev.bastion.modules.inventory.application;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.time.Instant;

/** A warehouse as its managers read it. */
public record WarehouseView(WarehouseId id, String code, String name, DeptId deptId, String address,
                            WarehouseStatus status, long version, Instant createdAt, Instant updatedAt) {

    public static WarehouseView of(Warehouse warehouse) {
        WarehouseDetails d = warehouse.details();
        return new WarehouseView(warehouse.id(), d.code().value(), d.name(), warehouse.deptId(), d.address(),
                d.status(), warehouse.version(), warehouse.createdAt(), warehouse.updatedAt());
    }
}
