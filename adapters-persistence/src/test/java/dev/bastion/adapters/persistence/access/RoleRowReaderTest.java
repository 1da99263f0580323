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

/** The hand-written reader of roles reads every column exactly as Micronaut Data's mapping does. */
@MicronautTest(startApplication = false, transactional = false)
class RoleRowReaderTest extends PostgresTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    JdbcOperations jdbc;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void readsEveryColumnAsMicronautDataDoes() {
        String tag = "reader_" + UUID.randomUUID().toString().substring(0, 8);
        UUID live = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        connections.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO roles (id, code, name, sort, status, data_scope, version, created_at, updated_at, deleted_at)
                VALUES (?, ?, 'Auditors', 7, 'DISABLED', 'CUSTOM', 3, ?, ?, NULL),
                       (?, ?, 'Gone', -2, 'ENABLED', 'SELF', 0, ?, ?, ?)""", statement -> {
                    statement.setObject(1, live);
                    statement.setString(2, tag + "_a");
                    SqlInstants.bind(statement, 3, now);
                    SqlInstants.bind(statement, 4, now.plusSeconds(5));
                    statement.setObject(5, deleted);
                    statement.setString(6, tag + "_b");
                    SqlInstants.bind(statement, 7, now);
                    SqlInstants.bind(statement, 8, now);
                    SqlInstants.bind(statement, 9, now.plusSeconds(9));
                    return statement.executeUpdate();
                }));

        List<RowsReadBothWays.Read<RoleRow>> pairs = RowsReadBothWays.of(connections, jdbc,
                "SELECT * FROM roles WHERE code LIKE '" + tag + "%' ORDER BY code", RoleRowReader.INSTANCE, RoleRow.class);

        assertThat(pairs).hasSize(2);
        for (RowsReadBothWays.Read<RoleRow> pair : pairs) {
            assertThat(pair.byReader()).isEqualTo(pair.byMapping());
        }
        assertThat(pairs.get(0).byReader()).isEqualTo(new RoleRow(live, tag + "_a", "Auditors", 7, "DISABLED", "CUSTOM",
                3L, now, now.plusSeconds(5), null));
        assertThat(pairs.get(1).byReader().sort()).isEqualTo(-2);
        assertThat(pairs.get(1).byReader().deletedAt()).isEqualTo(now.plusSeconds(9));
    }
}
