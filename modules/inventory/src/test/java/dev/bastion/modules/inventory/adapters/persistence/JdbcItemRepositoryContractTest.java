package dev.bastion.modules.inventory.adapters.persistence;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.modules.inventory.domain.ItemRepository;
import dev.bastion.modules.inventory.domain.WarehouseRepository;
import dev.bastion.modules.inventory.testing.contract.ItemRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The JDBC ItemRepository against the contract its in-memory fake also passes. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcItemRepositoryContractTest extends ItemRepositoryContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();
    private final TestDepartments departments = new TestDepartments(database);

    @Inject
    WarehouseRepository warehouses;

    @Inject
    ItemRepository items;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

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
        return departments.create();
    }
}
