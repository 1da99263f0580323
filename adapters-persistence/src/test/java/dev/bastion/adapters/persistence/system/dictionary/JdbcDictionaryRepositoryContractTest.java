package dev.bastion.adapters.persistence.system.dictionary;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.testing.contract.DictionaryRepositoryContract;
import dev.bastion.domain.system.dictionary.DictionaryRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** The JDBC DictionaryRepository against the contract its in-memory fake also passes. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcDictionaryRepositoryContractTest extends DictionaryRepositoryContract implements TestPropertyProvider {

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    @Inject
    DictionaryRepository dictionaries;

    @Override
    public Map<String, String> getProperties() {
        return PostgresTest.propertiesFor(database);
    }

    @Override
    protected DictionaryRepository dictionaries() {
        return dictionaries;
    }
}
