package dev.bastion.adapters.persistence.modules;

import dev.bastion.application.modules.BastionModule;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a business module's Flyway migrations (its own location) with a history table of its own
 * ({@code flyway_history_<name>}), so its versions never collide with the core's or another module's.
 * Runs after the core's migrations (they ran when the datasource was created) in the same schema.
 * Flyway takes its own lock on the history table, so two instances starting together migrate once.
 */
@Singleton
final class ModuleMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);

    private final DataSource dataSource;

    ModuleMigrations(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    static String historyTable(BastionModule module) {
        return "flyway_history_" + module.name();
    }

    void migrate(BastionModule module) {
        Flyway flyway = Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + module.migrations())
                .table(historyTable(module))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Business module '{}': applied {} migration(s), now at version {}", module.name(),
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
