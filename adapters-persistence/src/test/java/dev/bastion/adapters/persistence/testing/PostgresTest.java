package dev.bastion.adapters.persistence.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base for Micronaut tests that need the database: each test class gets a fresh schema,
 * migrated by Flyway when the context starts. Cheap Argon2 settings keep tests fast; the
 * real cost is covered by {@code Argon2idPasswordHasherTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PostgresTest implements TestPropertyProvider {

    protected final TestPostgres.Database database = TestPostgres.freshSchema();

    @Override
    public Map<String, String> getProperties() {
        return propertiesFor(database);
    }

    /** The context properties for {@code database}, for tests that cannot extend this class (contract tests). */
    public static Map<String, String> propertiesFor(TestPostgres.Database database) {
        Map<String, String> properties = new HashMap<>(database.properties());
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        properties.put("bastion.outbox.polling", "false");
        return properties;
    }
}
