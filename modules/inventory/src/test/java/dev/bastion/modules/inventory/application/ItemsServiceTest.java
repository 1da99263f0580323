package dev.bastion.modules.inventory.application;

import static dev.bastion.modules.inventory.application.WarehousesServiceTest.assertInvalid;
import static dev.bastion.modules.inventory.application.WarehousesServiceTest.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.ItemChanged;
import dev.bastion.modules.inventory.domain.ItemCreated;
import dev.bastion.modules.inventory.domain.ItemDeleted;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemIssued;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.ItemReceived;
import dev.bastion.modules.inventory.domain.ItemStockLow;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemsServiceTest {

    private final InventoryWorld world = new InventoryWorld();
    private final ItemsService items = world.items;
    private final WarehouseView north = warehouse(world.sales, "north");
    private final WarehouseView east = warehouse(world.logistics, "east");

    @Test
    void a_new_item_in_a_visible_warehouse_starts_with_nothing_in_stock() {
        ItemView bolt = create(world.clerk, north, "BOLT-M8", 10);

        assertThat(bolt.warehouseId()).isEqualTo(north.id());
        assertThat(bolt.sku()).isEqualTo("BOLT-M8");
        assertThat(bolt.quantity()).isZero();
        assertThat(bolt.reorderLevel()).isEqualTo(10);
        assertThat(bolt.lowStock()).isTrue();
        assertThat(bolt.version()).isZero();
        assertThat(items.get(world.clerk, bolt.id())).isEqualTo(bolt);
        assertThat(world.outbox.last()).isEqualTo(new ItemCreated(bolt.id()));
    }

    @Test
    void a_warehouse_outside_the_scope_unknown_or_missing_is_refused_on_warehouse_id() {
        assertInvalid(() -> create(world.clerk, east, "BOLT", 0), "warehouseId");
        assertInvalid(() -> items.create(world.admin, new CreateItem.Command(WarehouseId.newId(), details("BOLT", 0))),
                "warehouseId");
        assertInvalid(() -> items.create(world.admin, new CreateItem.Command(null, details("BOLT", 0))),
                "warehouseId");
        assertThat(items.list(world.admin, ItemQuery.any(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void a_disabled_warehouse_takes_no_new_item() {
        disable(north);

        assertThatThrownBy(() -> create(world.clerk, north, "BOLT", 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("add an item");
    }

    @Test
    void a_sku_a_live_item_has_ignoring_case_is_a_conflict_on_sku_until_that_item_is_deleted() {
        ItemView bolt = create(world.clerk, north, "BOLT-M8", 0);

        assertThatThrownBy(() -> create(world.admin, east, "bolt-m8", 0))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("sku"));

        items.delete(world.clerk, bolt.id());
        assertThat(create(world.admin, east, "bolt-m8", 0).sku()).isEqualTo("bolt-m8");
    }

    @Test
    void the_listing_holds_only_items_of_warehouses_in_the_scope_and_applies_the_filters() {
        ItemView bolt = create(world.clerk, north, "BOLT-M8", 5);
        create(world.clerk, north, "NUT-M8", 0);
        create(world.admin, east, "BOLT-M10", 0);
        items.receive(world.clerk, new StockMovement(bolt.id(), 0, 20));

        assertThat(skus(items.list(world.clerk, ItemQuery.any(), PageRequest.first(10))))
                .containsExactly("BOLT-M8", "NUT-M8");
        assertThat(skus(items.list(world.admin, ItemQuery.any(), PageRequest.first(10))))
                .containsExactly("BOLT-M10", "BOLT-M8", "NUT-M8");
        assertThat(skus(items.list(world.admin, new ItemQuery(east.id(), null, null, false), PageRequest.first(10))))
                .containsExactly("BOLT-M10");
        assertThat(skus(items.list(world.clerk, new ItemQuery(east.id(), null, null, false), PageRequest.first(10))))
                .isEmpty();
        assertThat(skus(items.list(world.admin, new ItemQuery(null, "bolt", null, false), PageRequest.first(10))))
                .containsExactly("BOLT-M10", "BOLT-M8");
        assertThat(skus(items.list(world.admin, new ItemQuery(null, null, "item nut", false), PageRequest.first(10))))
                .containsExactly("NUT-M8");
        items.issue(world.clerk, new StockMovement(bolt.id(), 1, 16));
        assertThat(skus(items.list(world.clerk, new ItemQuery(null, null, null, true), PageRequest.first(10))))
                .containsExactly("BOLT-M8");
    }

    @Test
    void the_listing_pages_with_the_total_of_the_scope() {
        for (int i = 0; i < 5; i++) {
            create(world.clerk, north, "P-" + i, 0);
        }
        create(world.admin, east, "P-9", 0);

        Page<ItemView> last = items.list(world.clerk, ItemQuery.any(), new PageRequest(3, 2));

        assertThat(skus(last)).containsExactly("P-4");
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void an_item_follows_its_warehouse_in_and_out_of_the_scope() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);

        world.warehouses.update(world.admin, new UpdateWarehouse.Command(north.id(), north.version(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.of(world.logistics)));

        assertNotFound(() -> items.get(world.clerk, bolt.id()));
        assertNotFound(() -> items.update(world.clerk, rename(bolt, "Mine")));
        assertNotFound(() -> items.receive(world.clerk, new StockMovement(bolt.id(), 0, 1)));
        assertNotFound(() -> items.issue(world.clerk, new StockMovement(bolt.id(), 0, 1)));
        assertNotFound(() -> items.delete(world.clerk, bolt.id()));
        assertThat(items.list(world.clerk, ItemQuery.any(), PageRequest.first(10)).total()).isZero();
        assertThat(items.get(world.admin, bolt.id()).quantity()).isZero();
        assertNotFound(() -> items.get(world.admin, ItemId.newId()));
    }

    @Test
    void an_update_is_a_patch_and_a_stale_version_a_version_conflict() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);
        world.clock.advanceBy(Duration.ofMinutes(1));

        ItemView renamed = items.update(world.clerk, rename(bolt, "Hex bolt"));
        assertThat(renamed.name()).isEqualTo("Hex bolt");
        assertThat(renamed.sku()).isEqualTo("BOLT");
        assertThat(renamed.unit()).isEqualTo("pcs");
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(renamed.updatedAt()).isEqualTo(world.clock.now());
        assertThat(world.outbox.last()).isEqualTo(new ItemChanged(bolt.id()));

        assertThatThrownBy(() -> items.update(world.clerk, rename(bolt, "Stale")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(items.get(world.clerk, bolt.id()).name()).isEqualTo("Hex bolt");
    }

    @Test
    void changing_the_sku_to_one_in_use_is_a_conflict_on_sku() {
        create(world.clerk, north, "BOLT", 0);
        ItemView nut = create(world.clerk, north, "NUT", 0);

        assertThatThrownBy(() -> items.update(world.clerk, new UpdateItem.Command(nut.id(), 0,
                FieldPatch.of(new Sku("bolt")), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("sku"));
    }

    @Test
    void fields_of_an_update_refuse_a_null_naming_the_field() {
        ItemId id = ItemId.newId();

        assertInvalid(() -> new UpdateItem.Command(id, 0, FieldPatch.of(null), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent()), "sku");
        assertInvalid(() -> new UpdateItem.Command(id, 0, FieldPatch.absent(), FieldPatch.of(null),
                FieldPatch.absent(), FieldPatch.absent()), "name");
        assertInvalid(() -> new UpdateItem.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.of(null), FieldPatch.absent()), "unit");
        assertInvalid(() -> new UpdateItem.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.of(null)), "reorderLevel");
        ItemView bolt = create(world.clerk, north, "BOLT", 0);
        assertInvalid(() -> items.update(world.clerk, new UpdateItem.Command(bolt.id(), 0, FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(-1L))), "reorderLevel");
    }

    @Test
    void receiving_and_issuing_move_the_stock_one_version_at_a_time_and_tell_of_it() {
        ItemView bolt = create(world.clerk, north, "BOLT", 10);

        ItemView received = items.receive(world.clerk, new StockMovement(bolt.id(), 0, 15));
        assertThat(received.quantity()).isEqualTo(15);
        assertThat(received.version()).isEqualTo(1);
        assertThat(received.lowStock()).isFalse();

        ItemView issued = items.issue(world.clerk, new StockMovement(bolt.id(), 1, 6));
        assertThat(issued.quantity()).isEqualTo(9);
        assertThat(issued.lowStock()).isTrue();
        assertThat(world.outbox.appended()).endsWith(new ItemCreated(bolt.id()),
                new ItemReceived(bolt.id()), new ItemIssued(bolt.id()),
                new ItemStockLow(bolt.id()));
    }

    @Test
    void a_movement_at_a_stale_version_is_a_version_conflict_and_moves_nothing() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);
        items.receive(world.clerk, new StockMovement(bolt.id(), 0, 5));

        assertThatThrownBy(() -> items.receive(world.clerk, new StockMovement(bolt.id(), 0, 5)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> items.issue(world.clerk, new StockMovement(bolt.id(), 0, 5)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(items.get(world.clerk, bolt.id()).quantity()).isEqualTo(5);
    }

    @Test
    void issuing_more_than_in_stock_is_a_conflict_on_quantity_and_nothing_is_refused_on_quantity() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);
        items.receive(world.clerk, new StockMovement(bolt.id(), 0, 5));

        assertThatThrownBy(() -> items.issue(world.clerk, new StockMovement(bolt.id(), 1, 6)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("quantity"));
        assertInvalid(() -> items.issue(world.clerk, new StockMovement(bolt.id(), 1, 0)), "quantity");
        assertInvalid(() -> items.receive(world.clerk, new StockMovement(bolt.id(), 1, -3)), "quantity");
        ItemView after = items.get(world.clerk, bolt.id());
        assertThat(after.quantity()).isEqualTo(5);
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void a_disabled_warehouse_moves_no_stock() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);
        disable(north);

        assertThatThrownBy(() -> items.receive(world.clerk, new StockMovement(bolt.id(), 0, 5)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("receive stock");
        assertThatThrownBy(() -> items.issue(world.clerk, new StockMovement(bolt.id(), 0, 5)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("issue stock");
        assertThat(items.update(world.clerk, rename(bolt, "Still editable")).name()).isEqualTo("Still editable");
    }

    @Test
    void deleting_an_item_is_soft_and_tells_of_it() {
        ItemView bolt = create(world.clerk, north, "BOLT", 0);

        items.delete(world.clerk, bolt.id());

        assertThat(world.itemStore.row(bolt.id()).orElseThrow().deletedAt()).isEqualTo(world.clock.now());
        assertThat(world.outbox.last()).isEqualTo(new ItemDeleted(bolt.id()));
        assertNotFound(() -> items.get(world.clerk, bolt.id()));
        assertNotFound(() -> items.delete(world.clerk, bolt.id()));
    }

    private WarehouseView warehouse(DeptId dept, String code) {
        return world.warehouses.create(world.admin, new CreateWarehouse.Command(dept,
                new WarehouseDetails(new WarehouseCode(code), code, null, WarehouseStatus.ENABLED)));
    }

    private void disable(WarehouseView warehouse) {
        WarehouseView current = world.warehouses.get(world.admin, warehouse.id());
        world.warehouses.update(world.admin, new UpdateWarehouse.Command(current.id(), current.version(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(WarehouseStatus.DISABLED),
                FieldPatch.absent()));
    }

    private ItemView create(UserId actor, WarehouseView warehouse, String sku, long reorderLevel) {
        return items.create(actor, new CreateItem.Command(warehouse.id(), details(sku, reorderLevel)));
    }

    private static ItemDetails details(String sku, long reorderLevel) {
        return new ItemDetails(new Sku(sku), "Item " + sku.toLowerCase(), "pcs", reorderLevel);
    }

    private static UpdateItem.Command rename(ItemView item, String name) {
        return new UpdateItem.Command(item.id(), item.version(), FieldPatch.absent(), FieldPatch.of(name),
                FieldPatch.absent(), FieldPatch.absent());
    }

    private static List<String> skus(Page<ItemView> page) {
        return page.items().stream().map(ItemView::sku).toList();
    }
}
