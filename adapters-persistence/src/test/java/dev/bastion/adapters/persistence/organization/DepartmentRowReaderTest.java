package dev.bastion.adapters.persistence.organization;

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

/** The hand-written reader of the department tree reads every column exactly as Micronaut Data's mapping does. */
@MicronautTest(startApplication = false, transactional = false)
class DepartmentRowReaderTest extends PostgresTest {

    private static final UUID ROOT = UUID.fromString("01936f6e-0000-7000-8000-0000000000d1");

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
                INSERT INTO departments (id, parent_id, name, sort, leader, phone, email, status, version,
                                         created_at, updated_at, deleted_at)
                VALUES (?, ?, ?, 7, 'Lea Leader', '+49 30 1234567', 'dept@example.com', 'DISABLED', 3, ?, ?, NULL),
                       (?, ?, ?, 0, NULL, NULL, NULL, 'ENABLED', 0, ?, ?, ?)""", statement -> {
                    statement.setObject(1, full);
                    statement.setObject(2, ROOT);
                    statement.setString(3, tag + "-a");
                    SqlInstants.bind(statement, 4, now);
                    SqlInstants.bind(statement, 5, now.plusSeconds(5));
                    statement.setObject(6, sparse);
                    statement.setObject(7, full);
                    statement.setString(8, tag + "-b");
                    SqlInstants.bind(statement, 9, now);
                    SqlInstants.bind(statement, 10, now);
                    SqlInstants.bind(statement, 11, now.plusSeconds(9));
                    return statement.executeUpdate();
                }));

        List<RowsReadBothWays.Read<DepartmentRow>> pairs = RowsReadBothWays.of(connections, jdbc,
                "SELECT * FROM departments WHERE name LIKE '" + tag + "%' ORDER BY name", DepartmentRowReader.INSTANCE, DepartmentRow.class);

        assertThat(pairs).hasSize(2);
        for (RowsReadBothWays.Read<DepartmentRow> pair : pairs) {
            assertThat(pair.byReader()).isEqualTo(pair.byMapping());
        }
        assertThat(pairs.get(0).byReader()).isEqualTo(new DepartmentRow(full, ROOT, tag + "-a", 7, "Lea Leader",
                "+49 30 1234567", "dept@example.com", "DISABLED", 3L, now, now.plusSeconds(5), null));
        assertThat(pairs.get(1).byReader().leader()).isNull();
        assertThat(pairs.get(1).byReader().deletedAt()).isEqualTo(now.plusSeconds(9));
    }
}
