package dev.bastion.adapters.persistence.shared;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.testing.contract.EventOutboxContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox table against the contract its in-memory fake also passes. Events are appended
 * outside the application's unit of work here, so nothing relays them behind the test's back.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcEventOutboxContractTest extends EventOutboxContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    EventOutbox outbox;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected EventOutbox outbox() {
        return outbox;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
