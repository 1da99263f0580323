package dev.bastion.adapters.persistence.identity;

import static dev.bastion.adapters.persistence.identity.UserCountsProperties.rows;
import static dev.bastion.adapters.persistence.identity.UserCountsProperties.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The per-department user counters (V17) while several connections change users at once (bulk
 * inserts, moves between the same departments in both directions, status changes, soft and hard
 * deletes): a reader checks, inside REPEATABLE READ snapshots, that the counters and a scoped
 * listing's total equal {@code count(*)} of the same snapshot, and at the end the counters equal
 * the live users per department and status.
 */
@MicronautTest(startApplication = false, transactional = false)
class UserCountsConcurrencyTest extends PostgresTest {

    private static final int WRITERS = 4;
    private static final int CHANGES_PER_WRITER = 150;
    private static final TransactionDefinition REPEATABLE_READ = repeatableRead();

    @Inject
    UserRepository users;
    @Inject
    TransactionOperations<Connection> transactions;

    private final List<UUID> depts = new ArrayList<>(List.of(DeptId.ROOT.value()));

    @Test
    void countersEqualCountStarInEverySnapshotWhileUsersChange() throws Exception {
        try (Connection connection = database.connect()) {
            for (int i = 0; i < 3; i++) {
                UUID dept = UUID.randomUUID();
                update(connection, "INSERT INTO departments (id, parent_id, name, status, created_at, updated_at)"
                        + " VALUES (?, ?, 'D', 'ENABLED', now(), now())", dept, DeptId.ROOT.value());
                depts.add(dept);
            }
        }
        RecordScope scope = new RecordScope(UUID.randomUUID(), false,
                Set.of(new DeptId(depts.get(1)), new DeptId(depts.get(2))), false);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger snapshotsChecked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    write(writer);
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                do {
                    checkOneSnapshot(scope);
                    snapshotsChecked.incrementAndGet();
                } while (writing.get());
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            reader.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(snapshotsChecked.get()).isGreaterThan(1);
        try (Connection connection = database.connect()) {
            assertThat(rows(connection, "SELECT dept_id, status, live FROM user_dept_counts WHERE live <> 0"))
                    .isEqualTo(rows(connection, "SELECT dept_id, status, count(*) FROM users"
                            + " WHERE deleted_at IS NULL GROUP BY dept_id, status"))
                    .isNotEmpty();
        }
        checkOneSnapshot(scope);
    }

    /** Random single-statement changes, each committed on its own, on one connection. */
    private void write(int writer) throws SQLException {
        Random random = new Random(writer);
        try (Connection connection = database.connect()) {
            for (int i = 0; i < CHANGES_PER_WRITER; i++) {
                UUID dept = depts.get(random.nextInt(depts.size()));
                UUID other = depts.get(random.nextInt(depts.size()));
                String pick = "(SELECT id FROM users WHERE username LIKE 'w" + writer + "x%' ORDER BY id"
                        + " OFFSET " + random.nextInt(50) + " LIMIT 1)";
                switch (random.nextInt(7)) {
                    case 0 -> update(connection, """
                            INSERT INTO users (id, username, nickname, password_hash, status, created_at, updated_at, dept_id)
                            SELECT gen_random_uuid(), ? || n, 'W', ?, 'ENABLED', now(), now(), ?
                            FROM generate_series(1, 1 + ? ) AS n""", "w" + writer + "x" + i + "n", UserCountsProperties.HASH, dept,
                            random.nextInt(20));
                    case 1 -> update(connection, "UPDATE users SET dept_id = ? WHERE id = " + pick, other);
                    case 2 -> update(connection, "UPDATE users SET dept_id = ? WHERE dept_id = ?"
                            + " AND username LIKE 'w" + writer + "x%'", other, dept);
                    case 3 -> update(connection, "UPDATE users SET status = CASE status WHEN 'ENABLED'"
                            + " THEN 'DISABLED' ELSE 'ENABLED' END WHERE id = " + pick);
                    case 4 -> update(connection, "UPDATE users SET deleted_at = now() WHERE id = " + pick);
                    case 5 -> update(connection, "UPDATE users SET deleted_at = NULL WHERE id = " + pick);
                    default -> update(connection, "DELETE FROM users WHERE id = " + pick);
                }
            }
        }
    }

    /** In one REPEATABLE READ snapshot: counters, the listing's total and count(*) agree. */
    private void checkOneSnapshot(RecordScope scope) {
        transactions.execute(REPEATABLE_READ, status -> {
            Connection connection = status.getConnection();
            try {
                assertThat(rows(connection, "SELECT dept_id, status, live FROM user_dept_counts WHERE live <> 0"))
                        .isEqualTo(rows(connection, "SELECT dept_id, status, count(*) FROM users"
                                + " WHERE deleted_at IS NULL GROUP BY dept_id, status"));
                long total = users.find(UserQuery.any(), scope, PageRequest.first(20), UserSort.CREATED_AT_DESC)
                        .total();
                assertThat(total).isEqualTo(countInScope(connection, scope));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static TransactionDefinition repeatableRead() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return definition;
    }

    private static long countInScope(Connection connection, RecordScope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM users WHERE deleted_at IS NULL AND dept_id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid",
                    scope.depts().stream().map(DeptId::value).toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
