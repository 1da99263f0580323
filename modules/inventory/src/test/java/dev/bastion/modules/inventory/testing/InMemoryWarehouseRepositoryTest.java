package dev.bastion.modules.inventory.testing;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import dev.bastion.modules.inventory.testing.contract.WarehouseRepositoryContract;

/** The fake keeps the contract the PostgreSQL store keeps, so the use-case tests mean something. */
class InMemoryWarehouseRepositoryTest extends WarehouseRepositoryContract {

    private final InMemoryWarehouseRepository warehouses = new InMemoryWarehouseRepository();

    @Override
    protected WarehouseRepository warehouses() {
        return warehouses;
    }

    @Override
    protected DeptId newDepartment() {
        return DeptId.newId();
    }
}
