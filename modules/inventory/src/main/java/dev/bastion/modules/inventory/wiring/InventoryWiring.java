package dev.bastion.modules.inventory.wiring;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.organization.DepartmentDirectory;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.shared.Clock;
import dev.bastion.modules.inventory.application.InventoryModule;
import dev.bastion.modules.inventory.application.ItemsService;
import dev.bastion.modules.inventory.application.WarehouseOwnership;
import dev.bastion.modules.inventory.application.WarehousesService;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The module's services and its descriptor, built from the core's published ports and this module's
 * stores; the services are beans of their own classes, so each use case (CreateWarehouse, IssueStock,
 * …) is injected by its interface.
 */
@Factory
final class InventoryWiring {

    @Singleton
    InventoryModule inventoryModule() {
        return new InventoryModule();
    }

    @Singleton
    WarehousesService warehouses(WarehouseRepository warehouses, ItemRepository items, DepartmentDirectory departments,
                                 GetUserAccess userAccess, Transactions transactions, Clock clock) {
        return new WarehousesService(warehouses, items, departments, userAccess, transactions, clock);
    }

    /** Asked by the core before it deletes a department. */
    @Singleton
    WarehouseOwnership warehouseOwnership(WarehouseRepository warehouses) {
        return new WarehouseOwnership(warehouses);
    }

    @Singleton
    ItemsService items(ItemRepository items, WarehouseRepository warehouses, GetUserAccess userAccess,
                       Transactions transactions, Clock clock) {
        return new ItemsService(items, warehouses, userAccess, transactions, clock);
    }
}
