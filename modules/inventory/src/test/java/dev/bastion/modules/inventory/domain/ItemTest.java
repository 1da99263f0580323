package dev.bastion.modules.inventory.domain;

import static dev.bastion.modules.inventory.domain.InventoryFixtures.T0;
import static dev.bastion.modules.inventory.domain.InventoryFixtures.item;
import static dev.bastion.modules.inventory.domain.InventoryFixtures.itemDetails;
import static dev.bastion.modules.inventory.domain.WarehouseTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;

class ItemTest {

    @Test
    void a_new_item_has_nothing_in_stock() {
        ItemId id = ItemId.newId();
        WarehouseId warehouse = WarehouseId.newId();

        Item item = Item.add(id, warehouse, itemDetails("BOLT-M8", 10), T0);

        assertThat(item.quantity()).isZero();
        assertThat(item.warehouseId()).isEqualTo(warehouse);
        assertThat(item.version()).isZero();
        assertThat(item.pullEvents()).containsExactly(new ItemCreated(id));
    }

    @Test
    void receiving_adds_to_the_stock_and_records_it() {
        Item item = item(5, 0);

        item.receive(7, T0.plusSeconds(1));

        assertThat(item.quantity()).isEqualTo(12);
        assertThat(item.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(item.pullEvents()).containsExactly(new ItemReceived(item.id()));
    }

    @Test
    void issuing_takes_from_the_stock_and_records_it() {
        Item item = item(5, 0);

        item.issue(5, T0);

        assertThat(item.quantity()).isZero();
        assertThat(item.pullEvents()).containsExactly(new ItemIssued(item.id()));
    }

    @Test
    void nothing_or_less_than_nothing_is_neither_received_nor_issued() {
        Item item = item(5, 0);

        assertField(() -> item.receive(0, T0), "quantity");
        assertField(() -> item.receive(-1, T0), "quantity");
        assertField(() -> item.issue(0, T0), "quantity");
        assertField(() -> item.issue(Long.MIN_VALUE, T0), "quantity");
        assertThat(item.quantity()).isEqualTo(5);
        assertThat(item.pullEvents()).isEmpty();
    }

    @Test
    void issuing_more_than_is_in_stock_is_a_conflict_naming_the_quantity() {
        Item item = item(5, 0);

        assertThatThrownBy(() -> item.issue(6, T0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.field()).contains("quantity"))
                .hasMessageContaining("only 5 in stock");
        assertThat(item.quantity()).isEqualTo(5);
        assertThat(item.pullEvents()).isEmpty();
    }

    @Test
    void receiving_past_the_largest_long_is_a_conflict_naming_the_quantity() {
        Item item = item(Long.MAX_VALUE - 1, 0);

        item.receive(1, T0);
        assertThat(item.quantity()).isEqualTo(Long.MAX_VALUE);

        assertThatThrownBy(() -> item.receive(1, T0))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("quantity"));
        assertThat(item.quantity()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void an_issue_taking_the_stock_below_the_reorder_level_records_stock_low() {
        Item item = item(12, 10);

        item.issue(3, T0);

        assertThat(item.isLow()).isTrue();
        assertThat(item.pullEvents()).containsExactly(new ItemIssued(item.id()),
                new ItemStockLow(item.id()));
    }

    @Test
    void an_issue_landing_exactly_on_the_reorder_level_is_not_low() {
        Item item = item(12, 10);

        item.issue(2, T0);

        assertThat(item.isLow()).isFalse();
        assertThat(item.pullEvents()).containsExactly(new ItemIssued(item.id()));
    }

    @Test
    void an_issue_while_already_low_records_no_second_stock_low() {
        Item item = item(9, 10);

        item.issue(1, T0);

        assertThat(item.pullEvents()).containsExactly(new ItemIssued(item.id()));
    }

    @Test
    void a_reorder_level_of_0_is_never_low() {
        Item item = item(3, 0);

        item.issue(3, T0);

        assertThat(item.isLow()).isFalse();
        assertThat(item.pullEvents()).containsExactly(new ItemIssued(item.id()));
    }

    @Test
    void describing_it_differently_records_a_change_and_keeps_the_stock() {
        Item item = item(4, 0);

        item.describe(item.details(), T0);
        assertThat(item.pullEvents()).isEmpty();

        item.describe(itemDetails("NUT-M8", 2), T0.plusSeconds(1));
        assertThat(item.details().sku()).isEqualTo(new Sku("NUT-M8"));
        assertThat(item.quantity()).isEqualTo(4);
        assertThat(item.pullEvents()).containsExactly(new ItemChanged(item.id()));
    }

    @Test
    void deleting_it_marks_it_deleted_and_records_it() {
        Item item = item(4, 0);

        item.delete(T0.plusSeconds(9));

        assertThat(item.isDeleted()).isTrue();
        assertThat(item.snapshot().deletedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(item.pullEvents()).containsExactly(new ItemDeleted(item.id()));
    }

    @Test
    void a_stored_negative_quantity_is_refused_on_rebuilding() {
        ItemSnapshot broken = new ItemSnapshot(ItemId.newId(), WarehouseId.newId(), itemDetails("A", 0), -1, 0, T0,
                T0, null);

        assertThatThrownBy(() -> Item.reconstitute(broken)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sku_is_letters_digits_dashes_and_underscores_up_to_40_and_compares_ignoring_case() {
        assertThat(new Sku("bolt-M8_x").key()).isEqualTo("BOLT-M8_X");
        assertThat(new Sku("bolt-m8").key()).isEqualTo(new Sku("BOLT-M8").key());
        assertThat(new Sku("A".repeat(Sku.MAX_LENGTH)).value()).hasSize(40);
        for (String bad : new String[] {null, "", "A".repeat(41), "bolt m8", "bolt/m8", "bölt", " A"}) {
            assertField(() -> new Sku(bad), "sku");
        }
    }

    @Test
    void details_name_each_refused_field() {
        Sku sku = new Sku("A1");

        assertThat(new ItemDetails(sku, " Bolt ", " pcs ", 0)).isEqualTo(new ItemDetails(sku, "Bolt", "pcs", 0));
        assertField(() -> new ItemDetails(null, "Bolt", "pcs", 0), "sku");
        assertField(() -> new ItemDetails(sku, "", "pcs", 0), "name");
        assertField(() -> new ItemDetails(sku, "x".repeat(ItemDetails.MAX_NAME + 1), "pcs", 0), "name");
        assertField(() -> new ItemDetails(sku, "Bolt", null, 0), "unit");
        assertField(() -> new ItemDetails(sku, "Bolt", "u".repeat(ItemDetails.MAX_UNIT + 1), 0), "unit");
        assertField(() -> new ItemDetails(sku, "Bolt", "pcs", -1), "reorderLevel");
    }
}
