package dev.bastion.bootstrap.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.modules.BastionModule;
import dev.bastion.modules.inventory.application.CreateItem;
import dev.bastion.modules.inventory.application.CreateWarehouse;
import dev.bastion.modules.inventory.application.DeleteItem;
import dev.bastion.modules.inventory.application.DeleteWarehouse;
import dev.bastion.modules.inventory.application.GetItem;
import dev.bastion.modules.inventory.application.GetWarehouse;
import dev.bastion.modules.inventory.application.IssueStock;
import dev.bastion.modules.inventory.application.ItemsService;
import dev.bastion.modules.inventory.application.ListItems;
import dev.bastion.modules.inventory.application.ListWarehouses;
import dev.bastion.modules.inventory.application.ReceiveStock;
import dev.bastion.modules.inventory.application.UpdateItem;
import dev.bastion.modules.inventory.application.UpdateWarehouse;
import dev.bastion.modules.inventory.application.WarehousesService;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped inventory module as the server runs it (a dependency of bootstrap through
 * {@code bastion-modules}): each use case is a bean of its service, built from the core's published
 * beans, and switched off the module has no bean at all and its migration does not run.
 */
class InventoryWiringTest {

    private static final List<Class<?>> WAREHOUSE_USE_CASES = List.of(ListWarehouses.class, GetWarehouse.class,
            CreateWarehouse.class, UpdateWarehouse.class, DeleteWarehouse.class);
    private static final List<Class<?>> ITEM_USE_CASES = List.of(ListItems.class, GetItem.class, CreateItem.class,
            UpdateItem.class, DeleteItem.class, ReceiveStock.class, IssueStock.class);

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    private ApplicationContext started(String disabled) {
        Map<String, Object> properties = new HashMap<>(PostgresTest.propertiesFor(database));
        properties.put("bastion.admin.password", "admin-password-for-tests");
        properties.put("bastion.modules.disabled", disabled);
        return ApplicationContext.run(properties, "test");
    }

    @Test
    void every_use_case_is_a_bean_of_its_service() {
        try (ApplicationContext context = started("")) {
            WAREHOUSE_USE_CASES.forEach(useCase ->
                    assertThat(context.getBean(useCase)).as(useCase.getSimpleName()).isInstanceOf(WarehousesService.class));
            ITEM_USE_CASES.forEach(useCase ->
                    assertThat(context.getBean(useCase)).as(useCase.getSimpleName()).isInstanceOf(ItemsService.class));
            assertThat(context.getBeansOfType(BastionModule.class)).extracting(BastionModule::name).contains("inventory");
        }
    }

    @Test
    void switched_off_it_has_no_bean_and_no_table() throws SQLException {
        try (ApplicationContext context = started("inventory")) {
            assertThat(context.findBean(CreateWarehouse.class)).isEmpty();
            assertThat(context.findBean(IssueStock.class)).isEmpty();
            assertThat(context.findBean(WarehouseRepository.class)).isEmpty();
            assertThat(context.findBean(ItemRepository.class)).isEmpty();
            assertThat(context.getBeansOfType(BastionModule.class)).extracting(BastionModule::name)
                    .doesNotContain("inventory");
        }
        assertThat(tableExists("inventory_warehouses")).isFalse();
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
