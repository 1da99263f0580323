package dev.bastion.adapters.persistence.system.notice;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.NoticeRepositoryContract;
import dev.bastion.domain.system.notice.NoticeRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDBC NoticeRepository against the contract its in-memory fake also passes: the reader queries
 * (everyone, role holders, department subtrees, users; the publication window; read receipts and
 * counts) as SQL.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcNoticeRepositoryContractTest extends NoticeRepositoryContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    AccessWorld world;

    @Inject
    NoticeRepository notices;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected AccessWorld world() {
        return world;
    }

    @Override
    protected NoticeRepository notices() {
        return notices;
    }
}
