package dev.bastion.modules.inventory.domain;

import static dev.bastion.modules.inventory.domain.InventoryFixtures.T0;
import static dev.bastion.modules.inventory.domain.InventoryFixtures.warehouse;
import static dev.bastion.modules.inventory.domain.InventoryFixtures.warehouseDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarehouseTest {

    private final DeptId sales = DeptId.newId();

    @Test
    void opening_records_its_creation_at_version_0() {
        WarehouseId id = WarehouseId.newId();
        Warehouse warehouse = Warehouse.open(id, sales, warehouseDetails("north"), T0);

        assertThat(warehouse.version()).isZero();
        assertThat(warehouse.deptId()).isEqualTo(sales);
        assertThat(warehouse.createdAt()).isEqualTo(T0);
        assertThat(warehouse.pullEvents()).containsExactly(new WarehouseCreated(id));
    }

    @Test
    void describing_it_differently_records_a_change_and_the_same_way_nothing() {
        Warehouse warehouse = warehouse(sales);

        warehouse.describe(warehouse.details(), T0.plusSeconds(5));
        assertThat(warehouse.pullEvents()).isEmpty();
        assertThat(warehouse.updatedAt()).isEqualTo(T0);

        warehouse.describe(warehouseDetails("south"), T0.plusSeconds(5));
        assertThat(warehouse.details().code()).isEqualTo(new WarehouseCode("south"));
        assertThat(warehouse.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(warehouse.pullEvents()).containsExactly(new WarehouseChanged(warehouse.id()));
    }

    @Test
    void transferring_it_to_another_department_records_a_change_and_to_its_own_nothing() {
        Warehouse warehouse = warehouse(sales);

        warehouse.transferTo(sales, T0.plusSeconds(1));
        assertThat(warehouse.pullEvents()).isEmpty();

        DeptId logistics = DeptId.newId();
        warehouse.transferTo(logistics, T0.plusSeconds(1));
        assertThat(warehouse.deptId()).isEqualTo(logistics);
        assertThat(warehouse.pullEvents()).containsExactly(new WarehouseChanged(warehouse.id()));
    }

    @Test
    void deleting_it_marks_it_deleted_and_records_it() {
        Warehouse warehouse = warehouse(sales);

        warehouse.delete(T0.plus(Duration.ofHours(1)));

        assertThat(warehouse.isDeleted()).isTrue();
        assertThat(warehouse.snapshot().deletedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(warehouse.pullEvents()).containsExactly(new WarehouseDeleted(warehouse.id()));
    }

    @Test
    void a_disabled_warehouse_refuses_what_would_put_stock_in_it() {
        Warehouse warehouse = warehouse(sales);
        warehouse.requireEnabled("receive stock");

        warehouse.describe(new WarehouseDetails(warehouse.details().code(), "Closed", null, WarehouseStatus.DISABLED),
                T0);

        assertThatThrownBy(() -> warehouse.requireEnabled("receive stock"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot receive stock").hasMessageContaining("DISABLED");
    }

    @Test
    void the_clock_going_back_never_moves_updated_at_back() {
        Warehouse warehouse = warehouse(sales);

        warehouse.describe(warehouseDetails("east"), T0.minusSeconds(60));

        assertThat(warehouse.updatedAt()).isEqualTo(T0);
    }

    @Test
    void a_code_has_the_shape_of_a_role_code() {
        assertThat(new WarehouseCode("main_store_2").value()).isEqualTo("main_store_2");
        for (String bad : new String[] {null, "", "a", "Main", "2nd", "main-store", "a".repeat(65), "main store"}) {
            assertThatThrownBy(() -> new WarehouseCode(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
        }
        assertThat(new WarehouseCode("a" + "b".repeat(63)).value()).hasSize(64);
    }

    @Test
    void details_name_each_refused_field_and_default_the_status_to_enabled() {
        WarehouseCode code = new WarehouseCode("main");

        assertThat(new WarehouseDetails(code, "  Main  ", "  ", null))
                .isEqualTo(new WarehouseDetails(code, "Main", null, WarehouseStatus.ENABLED));
        assertField(() -> new WarehouseDetails(null, "Main", null, null), "code");
        assertField(() -> new WarehouseDetails(code, " ", null, null), "name");
        assertField(() -> new WarehouseDetails(code, "x".repeat(WarehouseDetails.MAX_NAME + 1), null, null), "name");
        assertField(() -> new WarehouseDetails(code, "Main", "x".repeat(WarehouseDetails.MAX_ADDRESS + 1), null),
                "address");
        assertField(() -> new WarehouseDetails(code, "Main", "line\u0000", null), "address");
    }

    static void assertField(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
