package dev.bastion.adapters.persistence.system.config;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.testing.contract.ConfigParamRepositoryContract;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.system.config.ConfigKey;
import dev.bastion.domain.system.config.ConfigParam;
import dev.bastion.domain.system.config.ConfigParamId;
import dev.bastion.domain.system.config.ConfigParamQuery;
import dev.bastion.domain.system.config.ConfigParamRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDBC ConfigParamRepository against the contract its in-memory fake also passes. Each write runs
 * in a transaction, as the use cases run them (the outbox is written in the change's transaction).
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcConfigParamRepositoryContractTest extends ConfigParamRepositoryContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    ConfigParamRepository params;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected ConfigParamRepository repository() {
        return new InTransactions(params, transactions);
    }

    /** Runs each call in a transaction of its own. */
    private record InTransactions(ConfigParamRepository params, Transactions transactions)
            implements ConfigParamRepository {

        @Override
        public Optional<ConfigParam> findById(ConfigParamId id) {
            return params.findById(id);
        }

        @Override
        public Optional<ConfigParam> findByKey(ConfigKey key) {
            return params.findByKey(key);
        }

        @Override
        public List<ConfigParam> findBuiltIns() {
            return params.findBuiltIns();
        }

        @Override
        public Page<ConfigParam> find(ConfigParamQuery query, PageRequest page) {
            return params.find(query, page);
        }

        @Override
        public void add(ConfigParam param) {
            transactions.inTransaction(() -> {
                params.add(param);
                return null;
            });
        }

        @Override
        public ConfigParam update(ConfigParam param) {
            return transactions.inTransaction(() -> params.update(param));
        }

        @Override
        public void remove(ConfigParam param) {
            transactions.inTransaction(() -> {
                params.remove(param);
                return null;
            });
        }
    }
}
