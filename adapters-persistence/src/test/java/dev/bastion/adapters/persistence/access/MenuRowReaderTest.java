package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.shared.RowsReadBothWays;
import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.adapters.persistence.testing.PostgresTest;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-written reader of the menu tree reads every column exactly as Micronaut Data's mapping does. */
@MicronautTest(startApplication = false, transactional = false)
class MenuRowReaderTest extends PostgresTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    JdbcOperations jdbc;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void readsEveryColumnAsMicronautDataDoes() {
        String tag = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        UUID full = UUID.randomUUID();
        UUID sparse = UUID.randomUUID();
        connections.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO menus (id, parent_id, name, type, path, component, permission, icon, sort, visible,
                                   status, version, created_at, updated_at, deleted_at)
                VALUES (?, NULL, ?, 'MENU', '/reports', 'reports/index', 'reports:daily:list', 'chart', 7, false,
                        'DISABLED', 3, ?, ?, NULL),
                       (?, ?, ?, 'DIRECTORY', NULL, NULL, NULL, NULL, -2, true, 'ENABLED', 0, ?, ?, ?)""", statement -> {
                    statement.setObject(1, full);
                    statement.setString(2, tag + "-a");
                    SqlInstants.bind(statement, 3, now);
                    SqlInstants.bind(statement, 4, now.plusSeconds(5));
                    statement.setObject(5, sparse);
                    statement.setObject(6, full);
                    statement.setString(7, tag + "-b");
                    SqlInstants.bind(statement, 8, now);
                    SqlInstants.bind(statement, 9, now);
                    SqlInstants.bind(statement, 10, now.plusSeconds(9));
                    return statement.executeUpdate();
                }));

        List<RowsReadBothWays.Read<MenuRow>> pairs = RowsReadBothWays.of(connections, jdbc,
                "SELECT * FROM menus WHERE name LIKE '" + tag + "%' ORDER BY name", MenuRowReader.INSTANCE, MenuRow.class);

        assertThat(pairs).hasSize(2);
        for (RowsReadBothWays.Read<MenuRow> pair : pairs) {
            assertThat(pair.byReader()).isEqualTo(pair.byMapping());
        }
        assertThat(pairs.get(0).byReader()).isEqualTo(new MenuRow(full, null, tag + "-a", "MENU", "/reports",
                "reports/index", "reports:daily:list", "chart", 7, false, "DISABLED", 3L, now, now.plusSeconds(5), null));
        assertThat(pairs.get(1).byReader()).isEqualTo(new MenuRow(sparse, full, tag + "-b", "DIRECTORY", null, null,
                null, null, -2, true, "ENABLED", 0L, now, now, now.plusSeconds(9)));
    }
}
