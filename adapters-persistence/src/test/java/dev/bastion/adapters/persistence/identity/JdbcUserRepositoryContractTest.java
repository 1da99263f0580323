package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.UserRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The JDBC UserRepository against the contract its in-memory fake also passes. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcUserRepositoryContractTest extends UserRepositoryContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    AccessWorld world;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected AccessWorld world() {
        return world;
    }
}
