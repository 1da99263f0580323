package dev.bastion.modules.inventory.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.shared.UuidV7;
import dev.bastion.modules.inventory.domain.Item;
import dev.bastion.modules.inventory.domain.ItemDetails;
import dev.bastion.modules.inventory.domain.ItemId;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.Sku;
import dev.bastion.modules.inventory.domain.Warehouse;
import dev.bastion.modules.inventory.domain.WarehouseCode;
import dev.bastion.modules.inventory.domain.WarehouseDetails;
import dev.bastion.modules.inventory.domain.WarehouseId;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the store contracts cannot see: the module's migration and menus at start, its events in the
 * core's outbox under the module's type names, and the table's own guards (a database whose locale
 * already sorts bytewise would not notice a missing COLLATE "C").
 */
@MicronautTest(startApplication = false, transactional = false)
class InventorySchemaTest extends PostgresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.123456Z");

    @Inject
    WarehouseRepository warehouses;

    @Inject
    ItemRepository items;

    @Test
    void the_migration_ran_under_the_modules_own_history_and_its_menus_were_seeded_for_it() throws SQLException {
        assertThat(strings("SELECT version FROM flyway_history_inventory WHERE success AND version IS NOT NULL"
                + " AND type <> 'BASELINE' ORDER BY installed_rank")).containsExactly("1");
        assertThat(strings("SELECT permission FROM menus WHERE module = 'inventory' AND permission IS NOT NULL"))
                .hasSize(12).contains("inventory:warehouse:list", "inventory:item:issue");
    }

    @Test
    void stored_changes_put_their_events_in_the_outbox_under_the_modules_type_names() throws SQLException {
        Warehouse warehouse = Warehouse.open(WarehouseId.newId(), new TestDepartments(database).create(),
                new WarehouseDetails(new WarehouseCode("w_" + UuidV7.next().toString().substring(24)), "Store",
                        null, null), NOW);
        warehouses.add(warehouse);
        Item item = Item.add(ItemId.newId(), warehouse.id(), new ItemDetails(new Sku("SKU-1"), "Bolt", "pcs", 5), NOW);
        items.add(item);
        Item read = items.findById(item.id()).orElseThrow();
        read.receive(5, NOW);
        read = items.update(read);
        read.issue(1, NOW);
        items.update(read);

        assertThat(strings("SELECT type FROM outbox WHERE subject = '" + warehouse.id() + "' ORDER BY seq"))
                .containsExactly("inventory.WarehouseCreated");
        assertThat(strings("SELECT type FROM outbox WHERE subject = '" + item.id() + "' ORDER BY seq"))
                .containsExactly("inventory.ItemCreated", "inventory.ItemReceived", "inventory.ItemIssued",
                        "inventory.ItemStockLow");
    }

    @Test
    void the_table_refuses_a_negative_quantity() {
        UUID item = insertedItem();

        assertThatThrownBy(() -> setQuantity(item, -1))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
    }

    @Test
    void codes_and_skus_sort_in_byte_order_whatever_the_databases_locale() throws SQLException {
        assertThat(strings("SELECT table_name || '.' || column_name || ' ' || collation_name"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND column_name IN ('code', 'sku') AND table_name LIKE 'inventory\\_%' ORDER BY 1"))
                .containsExactly("inventory_items.sku C", "inventory_warehouses.code C");
    }

    private UUID insertedItem() {
        Warehouse warehouse = Warehouse.open(WarehouseId.newId(), new TestDepartments(database).create(),
                new WarehouseDetails(new WarehouseCode("w_" + UuidV7.next().toString().substring(24)), "Store",
                        null, null), NOW);
        warehouses.add(warehouse);
        Item item = Item.add(ItemId.newId(), warehouse.id(),
                new ItemDetails(new Sku("NEG-" + UuidV7.next().toString().substring(24)), "Nut", "pcs", 0), NOW);
        items.add(item);
        return item.id().value();
    }

    private void setQuantity(UUID item, long quantity) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE inventory_items SET quantity = ? WHERE id = ?")) {
            statement.setLong(1, quantity);
            statement.setObject(2, item);
            statement.executeUpdate();
        }
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
