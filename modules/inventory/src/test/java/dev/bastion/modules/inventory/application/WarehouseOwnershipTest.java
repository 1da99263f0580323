package dev.bastion.modules.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.InventoryFixtures;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.testing.InMemoryWarehouseRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarehouseOwnershipTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final InMemoryWarehouseRepository warehouses = new InMemoryWarehouseRepository();
    private final WarehouseOwnership ownership = new WarehouseOwnership(warehouses);

    @Test
    void a_department_owning_a_warehouse_is_named_as_holding_records_until_the_warehouse_is_deleted() {
        DeptId dept = DeptId.newId();
        assertThat(ownership.ownedBy(dept)).isEmpty();

        Warehouse north = Warehouse.open(WarehouseId.newId(), dept, InventoryFixtures.warehouseDetails("north"), NOW);
        warehouses.add(north);
        assertThat(ownership.ownedBy(dept)).contains("warehouses of the inventory module");
        assertThat(ownership.ownedBy(DeptId.newId())).isEmpty();

        Warehouse read = warehouses.findById(north.id()).orElseThrow();
        read.delete(NOW);
        warehouses.update(read);
        assertThat(ownership.ownedBy(dept)).isEmpty();
    }
}
