package dev.bastion.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class MigrationsTest extends PostgresTest {

    private static final UUID SUPER_ADMIN = UUID.fromString("01936f6e-0000-7000-8000-000000000001");

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void everyMigrationAppliesToAnEmptySchemaOnceAndValidates() {
        TestPostgres.Database empty = TestPostgres.freshSchema();
        Flyway flyway = Flyway.configure()
                .dataSource(empty.url(), empty.user(), empty.password())
                .schemas(empty.schema())
                .load();

        MigrateResult first = flyway.migrate();
        MigrateResult again = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrations).extracting(migration -> migration.version).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
        assertThat(again.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void theApplicationsSchemaHasEveryTable() throws SQLException {
        try (Connection connection = database.connect()) {
            List<List<Object>> tables = rows(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + database.schema() + "' AND table_name <> 'flyway_schema_history' ORDER BY table_name");

            assertThat(tables).extracting(row -> row.get(0)).containsExactly(
                    "config_params", "departments", "dict_items", "dict_types", "job_executions", "jobs", "login_log", "menus", "notice_reads", "notices", "operation_log", "operation_log_anchor", "operation_log_hours", "outbox", "role_depts", "role_menus", "role_permissions", "roles", "scheduler_tasks",
                    "user_dept_counts", "user_password_history", "user_roles", "users");
        }
    }

    @Test
    void theSuperAdministratorIsSeededExactlyOnceWithEveryPermission() throws SQLException {
        try (Connection connection = database.connect()) {
            List<List<Object>> roles = rows(connection,
                    "SELECT id, code, name, status, version, deleted_at IS NULL FROM roles WHERE lower(code) = 'super_admin'");
            List<List<Object>> permissions = rows(connection, "SELECT role_id, permission FROM role_permissions");

            assertThat(roles).containsExactly(List.of(SUPER_ADMIN, "super_admin", "Super administrator", "ENABLED", 0L, true));
            assertThat(permissions).containsExactly(List.of(SUPER_ADMIN, "*"));
            assertThat(UuidV7.isVersion7(SUPER_ADMIN)).isTrue();
        }
    }
}
