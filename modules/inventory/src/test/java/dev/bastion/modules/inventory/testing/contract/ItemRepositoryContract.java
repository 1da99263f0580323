package dev.bastion.modules.inventory.testing.contract;

import static dev.bastion.modules.inventory.testing.contract.WarehouseRepositoryContract.NOW;
import static dev.bastion.modules.inventory.testing.contract.WarehouseRepositoryContract.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemQuery;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ItemRepository} promises, in memory as in PostgreSQL: items with their stock
 * and versions, SKUs unique among live items ignoring case, and listings scoped through the
 * department of each item's warehouse. Tests may share one store: each uses warehouses in
 * departments of its own and SKUs of its own.
 */
public abstract class ItemRepositoryContract {

    private static final PageRequest ALL = PageRequest.first(100);

    private WarehouseRepository warehouses;
    private ItemRepository items;

    protected abstract WarehouseRepository warehouses();

    protected abstract ItemRepository items();

    /** A live department of the store, new for each call. */
    protected abstract DeptId newDepartment();

    @BeforeEach
    void open() {
        warehouses = warehouses();
        items = items();
    }

    private Warehouse warehouse(DeptId dept) {
        Warehouse warehouse = Warehouse.open(WarehouseId.newId(), dept,
                new WarehouseDetails(new WarehouseCode(uniqueCode("w")), "Store", null, null), NOW);
        warehouses.add(warehouse);
        return warehouse;
    }

    /** A SKU no other test uses, starting with {@code prefix}. */
    private static String uniqueSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private Item added(Warehouse warehouse, String sku, String name, long reorderLevel) {
        Item item = Item.add(ItemId.newId(), warehouse.id(), new ItemDetails(new Sku(sku), name, "pcs", reorderLevel),
                NOW);
        items.add(item);
        return item;
    }

    private Item stocked(Item item, long quantity) {
        Item read = items.findById(item.id()).orElseThrow();
        read.receive(quantity, NOW);
        return items.update(read);
    }

    private static RecordScope scopeOf(DeptId... depts) {
        return new RecordScope(UUID.randomUUID(), false, Set.of(depts), false);
    }

    @Test
    void an_item_comes_back_as_it_was_stored_with_its_stock_one_version_per_update() {
        Item stored = added(warehouse(newDepartment()), uniqueSku("BOLT"), "Bolt", 3);
        assertThat(stored.pullEvents()).as("taken by add, for the outbox").isEmpty();
        assertThat(items.findById(stored.id()).orElseThrow().snapshot()).isEqualTo(stored.snapshot());

        Item read = items.findById(stored.id()).orElseThrow();
        read.receive(Long.MAX_VALUE, NOW);
        Item updated = items.update(read);

        assertThat(read.pullEvents()).isEmpty();
        assertThat(updated.version()).isEqualTo(1);
        assertThat(items.findById(stored.id()).orElseThrow().quantity()).isEqualTo(Long.MAX_VALUE);
        assertThat(items.findById(ItemId.newId())).isEmpty();
    }

    @Test
    void an_update_at_a_stale_version_is_a_version_conflict() {
        Item stored = added(warehouse(newDepartment()), uniqueSku("BOLT"), "Bolt", 0);
        stocked(stored, 5);

        Item stale = Item.reconstitute(stored.snapshot());
        stale.receive(1, NOW);

        assertThatThrownBy(() -> items.update(stale)).isInstanceOf(VersionConflictException.class);
        assertThat(items.findById(stored.id()).orElseThrow().quantity()).isEqualTo(5);
    }

    @Test
    void a_sku_a_live_item_has_is_a_conflict_on_sku_ignoring_case_until_that_item_is_deleted() {
        Warehouse warehouse = warehouse(newDepartment());
        String sku = uniqueSku("BOLT");
        Item first = added(warehouse, sku, "Bolt", 0);
        Item other = added(warehouse, uniqueSku("NUT"), "Nut", 0);

        assertThatThrownBy(() -> added(warehouse(newDepartment()), sku.toLowerCase(Locale.ROOT), "Again", 0))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("sku"));
        Item renamed = items.findById(other.id()).orElseThrow();
        renamed.describe(new ItemDetails(new Sku(sku), "Nut", "pcs", 0), NOW);
        assertThatThrownBy(() -> items.update(renamed))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("sku"));

        Item deleted = items.findById(first.id()).orElseThrow();
        deleted.delete(NOW);
        items.update(deleted);
        assertThat(items.findById(first.id())).isEmpty();
        assertThat(added(warehouse, sku.toLowerCase(Locale.ROOT), "Again", 0).details().sku().key())
                .isEqualTo(sku);
    }

    @Test
    void a_warehouse_holds_items_while_one_of_them_is_live() {
        Warehouse warehouse = warehouse(newDepartment());
        assertThat(items.anyIn(warehouse.id())).isFalse();

        Item item = added(warehouse, uniqueSku("BOLT"), "Bolt", 0);
        assertThat(items.anyIn(warehouse.id())).isTrue();

        Item read = items.findById(item.id()).orElseThrow();
        read.delete(NOW);
        items.update(read);
        assertThat(items.anyIn(warehouse.id())).isFalse();
    }

    @Test
    void the_listing_holds_items_of_warehouses_in_the_scope_by_sku_and_applies_the_filters() {
        DeptId sales = newDepartment();
        DeptId outside = newDepartment();
        Warehouse north = warehouse(sales);
        Warehouse south = warehouse(sales);
        String tag = uniqueSku("T");
        Item bolt = added(north, tag + "_BOLT", "Hex bolt", 10);
        Item nut = added(south, tag + "-NUT", "Hex nut", 0);
        Item washer = added(north, tag + "_WASHER", "Washer 100%", 0);
        added(warehouse(outside), tag + "_OUT", "Hex outside", 0);
        stocked(bolt, 4);

        RecordScope scope = scopeOf(sales);
        assertThat(ids(items.find(ItemQuery.any(), scope, ALL))).containsExactly(nut.id(), bolt.id(), washer.id());
        assertThat(ids(items.find(new ItemQuery(north.id(), null, null, false), scope, ALL)))
                .containsExactly(bolt.id(), washer.id());
        assertThat(ids(items.find(new ItemQuery(null, tag.toLowerCase(Locale.ROOT) + "_", null, false), scope, ALL)))
                .as("a prefix ignoring case, _ a character, not a wildcard").containsExactly(bolt.id(), washer.id());
        assertThat(ids(items.find(new ItemQuery(null, null, "HEX", false), scope, ALL)))
                .containsExactly(nut.id(), bolt.id());
        assertThat(ids(items.find(new ItemQuery(null, null, "0%", false), scope, ALL)))
                .as("% is a character, not a wildcard").containsExactly(washer.id());
        assertThat(ids(items.find(new ItemQuery(null, null, null, true), scope, ALL))).containsExactly(bolt.id());
    }

    @Test
    void the_items_of_a_deleted_warehouse_or_a_department_left_out_of_the_scope_are_not_listed() {
        DeptId dept = newDepartment();
        Warehouse warehouse = warehouse(dept);
        added(warehouse, uniqueSku("BOLT"), "Bolt", 0);
        assertThat(items.find(ItemQuery.any(), scopeOf(newDepartment()), ALL).total()).isZero();

        Warehouse read = warehouses.findById(warehouse.id()).orElseThrow();
        read.delete(NOW);
        warehouses.update(read);

        assertThat(items.find(ItemQuery.any(), scopeOf(dept), ALL).total()).isZero();
    }

    @Test
    void the_listing_pages_with_the_total_of_what_matches() {
        DeptId dept = newDepartment();
        Warehouse warehouse = warehouse(dept);
        String tag = uniqueSku("P");
        for (int i = 0; i < 5; i++) {
            added(warehouse, tag + "-" + i, "Part " + i, 0);
        }

        Page<Item> last = items.find(ItemQuery.any(), scopeOf(dept), new PageRequest(3, 2));

        assertThat(last.items()).extracting(i -> i.details().sku().value()).containsExactly(tag + "-4");
        assertThat(last.total()).isEqualTo(5);
    }

    private static List<ItemId> ids(Page<Item> page) {
        return page.items().stream().map(Item::id).toList();
    }
}
