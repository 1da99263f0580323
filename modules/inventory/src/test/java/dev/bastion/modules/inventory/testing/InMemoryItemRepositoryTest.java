package dev.bastion.modules.inventory.testing;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import dev.bastion.modules.inventory.testing.contract.ItemRepositoryContract;

/** The fake keeps the contract the PostgreSQL store keeps, so the use-case tests mean something. */
class InMemoryItemRepositoryTest extends ItemRepositoryContract {

    private final InMemoryWarehouseRepository warehouses = new InMemoryWarehouseRepository();
    private final InMemoryItemRepository items = new InMemoryItemRepository(warehouses);

    @Override
    protected WarehouseRepository warehouses() {
        return warehouses;
    }

    @Override
    protected ItemRepository items() {
        return items;
    }

    @Override
    protected DeptId newDepartment() {
        return DeptId.newId();
    }
}
