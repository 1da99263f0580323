package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.testing.contract.LoginLogContract;
import dev.bastion.domain.audit.LoginLog;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The JDBC LoginLog against the contract its in-memory fake also passes. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcLoginLogContractTest extends LoginLogContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    LoginLog log;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected LoginLog log() {
        return log;
    }
}
