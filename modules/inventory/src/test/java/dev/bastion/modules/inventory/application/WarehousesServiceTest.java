package dev.bastion.modules.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.WarehouseChanged;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseCreated;
import dev.bastion.modules.inventory.domain.WarehouseDeleted;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseQuery;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarehousesServiceTest {

    private final InventoryWorld world = new InventoryWorld();
    private final WarehousesService warehouses = world.warehouses;

    @Test
    void creating_a_warehouse_in_a_department_of_the_scope_stores_it_and_tells_of_it() {
        WarehouseView created = create(world.clerk, world.sales, "north", "North depot");

        assertThat(created.code()).isEqualTo("north");
        assertThat(created.name()).isEqualTo("North depot");
        assertThat(created.deptId()).isEqualTo(world.sales);
        assertThat(created.status()).isEqualTo(WarehouseStatus.ENABLED);
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(world.clock.now());
        assertThat(warehouses.get(world.clerk, created.id())).isEqualTo(created);
        assertThat(world.outbox.appended()).containsExactly(new WarehouseCreated(created.id()));
    }

    @Test
    void a_department_outside_the_scope_is_refused_on_dept_id_like_an_unknown_one() {
        assertDeptIdRefused(() -> create(world.clerk, world.logistics, "north", "North"));
        assertDeptIdRefused(() -> create(world.admin, DeptId.newId(), "north", "North"));
        assertDeptIdRefused(() -> create(world.admin, null, "north", "North"));
        assertThat(warehouses.list(world.admin, WarehouseQuery.any(), PageRequest.first(10)).total()).isZero();
        assertThat(world.outbox.appended()).isEmpty();
    }

    @Test
    void a_code_in_use_is_a_conflict_on_code() {
        create(world.admin, world.logistics, "north", "North");

        assertThatThrownBy(() -> create(world.clerk, world.sales, "north", "Another north"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void the_listing_holds_only_the_warehouses_of_the_scope_and_applies_the_filters() {
        create(world.admin, world.sales, "north", "North depot");
        WarehouseView south = create(world.admin, world.sales, "south", "South depot");
        create(world.admin, world.logistics, "east", "East depot");
        disable(south);

        assertThat(codes(warehouses.list(world.clerk, WarehouseQuery.any(), PageRequest.first(10))))
                .containsExactly("north", "south");
        assertThat(codes(warehouses.list(world.admin, WarehouseQuery.any(), PageRequest.first(10))))
                .containsExactly("east", "north", "south");
        assertThat(codes(warehouses.list(world.admin, new WarehouseQuery("DEPOT", null, null), PageRequest.first(10))))
                .containsExactly("east", "north", "south");
        assertThat(codes(warehouses.list(world.admin, new WarehouseQuery("out", null, null), PageRequest.first(10))))
                .containsExactly("south");
        assertThat(codes(warehouses.list(world.admin, new WarehouseQuery(null, world.logistics, null),
                PageRequest.first(10)))).containsExactly("east");
        assertThat(codes(warehouses.list(world.clerk, new WarehouseQuery(null, world.logistics, null),
                PageRequest.first(10)))).isEmpty();
        assertThat(codes(warehouses.list(world.admin, new WarehouseQuery(null, null, WarehouseStatus.DISABLED),
                PageRequest.first(10)))).containsExactly("south");
    }

    @Test
    void the_listing_pages_with_the_total_of_the_scope() {
        for (int i = 0; i < 5; i++) {
            create(world.admin, world.sales, "w" + i, "W" + i);
        }
        create(world.admin, world.logistics, "x_other", "Other");

        Page<WarehouseView> second = warehouses.list(world.clerk, WarehouseQuery.any(), new PageRequest(2, 2));

        assertThat(codes(second)).containsExactly("w2", "w3");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void a_warehouse_outside_the_scope_is_not_found_for_reading_changing_or_deleting() {
        WarehouseView east = create(world.admin, world.logistics, "east", "East");

        assertNotFound(() -> warehouses.get(world.clerk, east.id()));
        assertNotFound(() -> warehouses.update(world.clerk, rename(east, "Mine now")));
        assertNotFound(() -> warehouses.delete(world.clerk, east.id()));
        assertNotFound(() -> warehouses.get(world.admin, WarehouseId.newId()));
        assertThat(warehouses.get(world.admin, east.id())).isEqualTo(east);
    }

    @Test
    void an_update_is_a_patch_that_keeps_what_it_leaves_out_and_may_clear_the_address() {
        WarehouseView north = create(world.clerk, world.sales, "north", "North");
        world.clock.advanceBy(Duration.ofMinutes(5));

        WarehouseView renamed = warehouses.update(world.clerk, rename(north, "North depot"));
        assertThat(renamed.name()).isEqualTo("North depot");
        assertThat(renamed.code()).isEqualTo("north");
        assertThat(renamed.address()).isEqualTo("1 Dock Road");
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(renamed.updatedAt()).isEqualTo(world.clock.now());

        WarehouseView cleared = warehouses.update(world.clerk, new UpdateWarehouse.Command(north.id(), 1,
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null), FieldPatch.absent(),
                FieldPatch.absent()));
        assertThat(cleared.address()).isNull();
        assertThat(cleared.name()).isEqualTo("North depot");
        assertThat(world.outbox.appended()).containsExactly(new WarehouseCreated(north.id()),
                new WarehouseChanged(north.id()), new WarehouseChanged(north.id()));
    }

    @Test
    void an_update_at_a_stale_version_is_a_version_conflict_and_changes_nothing() {
        WarehouseView north = create(world.clerk, world.sales, "north", "North");
        warehouses.update(world.clerk, rename(north, "First"));

        assertThatThrownBy(() -> warehouses.update(world.clerk, rename(north, "Second")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(warehouses.get(world.clerk, north.id()).name()).isEqualTo("First");
    }

    @Test
    void fields_that_cannot_be_empty_refuse_a_null_naming_the_field() {
        WarehouseId id = WarehouseId.newId();

        assertInvalid(() -> new UpdateWarehouse.Command(id, 0, FieldPatch.of(null), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent()), "code");
        assertInvalid(() -> new UpdateWarehouse.Command(id, 0, FieldPatch.absent(), FieldPatch.of(null),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent()), "name");
        assertInvalid(() -> new UpdateWarehouse.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.of(null), FieldPatch.absent()), "status");
        assertInvalid(() -> new UpdateWarehouse.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null)), "deptId");
    }

    @Test
    void changing_the_code_to_one_in_use_is_a_conflict_on_code() {
        create(world.clerk, world.sales, "north", "North");
        WarehouseView south = create(world.clerk, world.sales, "south", "South");

        assertThatThrownBy(() -> warehouses.update(world.clerk, new UpdateWarehouse.Command(south.id(), 0,
                FieldPatch.of(new WarehouseCode("north")), FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void a_move_to_a_department_of_the_scope_is_made_and_one_outside_it_refused_on_dept_id() {
        WarehouseView north = create(world.clerk, world.sales, "north", "North");

        assertDeptIdRefused(() -> warehouses.update(world.clerk, move(north, world.logistics)));
        assertDeptIdRefused(() -> warehouses.update(world.admin, move(north, DeptId.newId())));
        assertThat(warehouses.get(world.clerk, north.id()).deptId()).isEqualTo(world.sales);

        WarehouseView moved = warehouses.update(world.admin, move(north, world.logistics));
        assertThat(moved.deptId()).isEqualTo(world.logistics);
        assertNotFound(() -> warehouses.get(world.clerk, north.id()));
    }

    @Test
    void a_warehouse_holding_live_items_is_not_deleted() {
        WarehouseView north = create(world.clerk, world.sales, "north", "North");
        ItemView bolt = world.items.create(world.clerk, new CreateItem.Command(north.id(),
                new ItemDetails(new Sku("BOLT"), "Bolt", "pcs", 0)));

        assertThatThrownBy(() -> warehouses.delete(world.clerk, north.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("holds items");
        assertThat(warehouses.get(world.clerk, north.id())).isNotNull();

        world.items.delete(world.clerk, bolt.id());
        warehouses.delete(world.clerk, north.id());
        assertNotFound(() -> warehouses.get(world.clerk, north.id()));
    }

    @Test
    void deleting_is_soft_tells_of_it_and_frees_the_code() {
        WarehouseView north = create(world.clerk, world.sales, "north", "North");
        world.clock.advanceBy(Duration.ofHours(1));

        warehouses.delete(world.clerk, north.id());

        assertThat(world.warehouseStore.row(north.id()).orElseThrow().deletedAt()).isEqualTo(world.clock.now());
        assertThat(world.outbox.last()).isEqualTo(new WarehouseDeleted(north.id()));
        assertNotFound(() -> warehouses.delete(world.clerk, north.id()));
        assertThat(create(world.clerk, world.sales, "north", "North again").id()).isNotEqualTo(north.id());
    }

    private WarehouseView create(UserId actor, DeptId dept, String code, String name) {
        return warehouses.create(actor, new CreateWarehouse.Command(dept,
                new WarehouseDetails(new WarehouseCode(code), name, "1 Dock Road", null)));
    }

    private void disable(WarehouseView warehouse) {
        warehouses.update(world.admin, new UpdateWarehouse.Command(warehouse.id(), warehouse.version(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(WarehouseStatus.DISABLED),
                FieldPatch.absent()));
    }

    private static UpdateWarehouse.Command rename(WarehouseView warehouse, String name) {
        return new UpdateWarehouse.Command(warehouse.id(), warehouse.version(), FieldPatch.absent(),
                FieldPatch.of(name), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent());
    }

    private static UpdateWarehouse.Command move(WarehouseView warehouse, DeptId dept) {
        return new UpdateWarehouse.Command(warehouse.id(), warehouse.version(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(dept));
    }

    private static List<String> codes(Page<WarehouseView> page) {
        return page.items().stream().map(WarehouseView::code).toList();
    }

    private static void assertDeptIdRefused(Runnable action) {
        assertInvalid(action, "deptId");
    }

    static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(NotFoundException.class);
    }
}
