package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The per-department user counters (V17) against {@code count(*)}: random histories of plain SQL
 * changes (inserts of one or many rows in one statement, moves of one user or of a whole
 * department, status changes, soft deletes and undeletes, hard deletes, edits that change no
 * count; some rolled back), each on an emptied table (TRUNCATE). After each history the counters
 * equal the live users per department and status, and a listing's total and page, for random data
 * scopes and filters, equal what an in-memory oracle over the same rows says.
 */
class UserCountsProperties {

    private static final TestPostgres.Database DATABASE = TestPostgres.freshSchema();
    private static final AtomicLong NAMES = new AtomicLong();
    /** A well-formed hash: the listing reconstitutes users, which checks it. */
    static final String HASH = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
    private static ApplicationContext context;
    private static UserRepository users;
    /** The root, two departments under it and one under the first (so subtrees differ from single departments). */
    private static List<UUID> depts;
    private static Map<UUID, UUID> parents;

    @BeforeContainer
    static void migrate() throws SQLException {
        context = ApplicationContext.builder().environments("test")
                .properties(new HashMap<String, Object>(PostgresTest.propertiesFor(DATABASE))).start();
        users = context.getBean(UserRepository.class); // creating the data source runs Flyway
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID aChild = UUID.randomUUID();
        depts = List.of(DeptId.ROOT.value(), a, b, aChild);
        parents = Map.of(a, DeptId.ROOT.value(), b, DeptId.ROOT.value(), aChild, a);
        try (Connection connection = DATABASE.connect()) {
            for (UUID dept : List.of(a, b, aChild)) {
                update(connection, "INSERT INTO departments (id, parent_id, name, status, created_at, updated_at)"
                        + " VALUES (?, ?, 'D', 'ENABLED', now(), now())", dept, parents.get(dept));
            }
        }
    }

    @AfterContainer
    static void close() {
        context.close();
    }

    sealed interface Change {
        /** Applies this change on {@code connection}; {@code user} picks among the users there are. */
        void apply(Connection connection) throws SQLException;
    }

    record Insert(int rows, int dept, boolean disabled) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, """
                    INSERT INTO users (id, username, nickname, password_hash, status, created_at, updated_at, dept_id)
                    SELECT gen_random_uuid(), 'user' || (? + n), 'P', ?, ?, now(), now(), ?
                    FROM generate_series(1, ?) AS n""",
                    NAMES.getAndAdd(rows), HASH, disabled ? "DISABLED" : "ENABLED", depts.get(dept), rows);
        }
    }

    record Move(int user, int dept) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET dept_id = ? WHERE id = " + PICK, depts.get(dept), user);
        }
    }

    record MoveDepartment(int from, int to) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET dept_id = ? WHERE dept_id = ?", depts.get(to), depts.get(from));
        }
    }

    record SetStatus(int user, boolean disabled) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET status = ? WHERE id = " + PICK,
                    disabled ? "DISABLED" : "ENABLED", user);
        }
    }

    record SoftDelete(int user) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET deleted_at = now() WHERE id = " + PICK, user);
        }
    }

    record Undelete(int user) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET deleted_at = NULL WHERE id = " + PICK, user);
        }
    }

    record HardDelete(int user) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "DELETE FROM users WHERE id = " + PICK, user);
        }
    }

    record Rename(int user) implements Change {
        public void apply(Connection connection) throws SQLException {
            update(connection, "UPDATE users SET nickname = nickname || 'x' WHERE id = " + PICK, user);
        }
    }

    /** The {@code ?}-th user by id (modulo how many there are), deleted or not. */
    private static final String PICK =
            "(SELECT id FROM users ORDER BY id OFFSET ? % greatest((SELECT count(*) FROM users), 1) LIMIT 1)";

    record Step(Change change, boolean rolledBack) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> user = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> dept = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<Change> change = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 30), dept, flag).as(Insert::new),
                Combinators.combine(user, dept).as(Move::new),
                Combinators.combine(dept, dept).as(MoveDepartment::new),
                Combinators.combine(user, flag).as(SetStatus::new),
                user.map(SoftDelete::new),
                user.map(Undelete::new),
                user.map(HardDelete::new),
                user.map(Rename::new));
        Arbitrary<Boolean> rolledBack = Arbitraries.integers().between(0, 5).map(n -> n == 0);
        return Combinators.combine(change, rolledBack).as(Step::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Listing>> listings() {
        Arbitrary<Integer> dept = Arbitraries.integers().between(0, 3);
        Arbitrary<Set<Integer>> scopeDepts = dept.set().ofMaxSize(4);
        Arbitrary<UserStatus> status = Arbitraries.of(UserStatus.class).injectNull(0.4);
        Arbitrary<Integer> deptFilter = dept.injectNull(0.6);
        return Combinators.combine(Arbitraries.of(true, false), scopeDepts, Arbitraries.of(true, false), status,
                deptFilter, Arbitraries.integers().between(1, 4)).as(Listing::new).list().ofMinSize(1).ofMaxSize(6);
    }

    /** A data scope (all, departments, and/or the viewer's own record), filters and a page of 5. */
    record Listing(boolean all, Set<Integer> scopeDepts, boolean ownRecords, UserStatus status, Integer deptFilter,
                   int page) {
    }

    @Property(tries = 60)
    void the_counters_and_listing_totals_equal_the_live_users(@ForAll("histories") List<Step> history,
                                                            @ForAll("listings") List<Listing> listings)
            throws SQLException {
        try (Connection connection = DATABASE.connect()) {
            update(connection, "TRUNCATE users CASCADE");
            connection.setAutoCommit(false);
            for (Step step : history) {
                step.change().apply(connection);
                if (step.rolledBack()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
            }
            connection.setAutoCommit(true);
            assertThat(rows(connection, "SELECT dept_id, status, live FROM user_dept_counts WHERE live <> 0"))
                    .isEqualTo(rows(connection, "SELECT dept_id, status, count(*) FROM users"
                            + " WHERE deleted_at IS NULL GROUP BY dept_id, status"));
            List<LiveUser> live = liveUsers(connection);
            for (Listing listing : listings) {
                assertListingMatchesOracle(listing, live);
            }
        }
    }

    private record LiveUser(UUID id, UUID dept, UserStatus status) {
    }

    private static void assertListingMatchesOracle(Listing listing, List<LiveUser> live) {
        UUID viewer = live.isEmpty() ? UUID.randomUUID() : live.get(listing.page() % live.size()).id();
        Set<DeptId> scopeDepts = listing.scopeDepts().stream().map(i -> new DeptId(depts.get(i)))
                .collect(Collectors.toSet());
        RecordScope scope = new RecordScope(viewer, listing.all(), scopeDepts, listing.ownRecords());
        DeptId filter = listing.deptFilter() == null ? null : new DeptId(depts.get(listing.deptFilter()));
        long expected = live.stream()
                .filter(user -> scope.covers(new DeptId(user.dept()), user.id()))
                .filter(user -> listing.status() == null || user.status() == listing.status())
                .filter(user -> filter == null || isAtOrBelow(user.dept(), filter.value()))
                .count();

        Page<User> page = users.find(new UserQuery(null, listing.status(), filter), scope,
                new PageRequest(listing.page(), 5), UserSort.CREATED_AT_DESC);

        assertThat(page.total()).as("total of %s", listing).isEqualTo(expected);
        long before = (listing.page() - 1) * 5L;
        assertThat(page.items()).hasSize((int) Math.max(0, Math.min(5, expected - before)));
    }

    private static boolean isAtOrBelow(UUID dept, UUID ancestor) {
        for (UUID at = dept; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static List<LiveUser> liveUsers(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, dept_id, status FROM users WHERE deleted_at IS NULL ORDER BY id");
             ResultSet result = statement.executeQuery()) {
            List<LiveUser> found = new ArrayList<>();
            while (result.next()) {
                found.add(new LiveUser(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                        UserStatus.valueOf(result.getString(3))));
            }
            return found;
        }
    }

    /** The rows of a (department, status, number) query, as a set of "dept/status=n". */
    static Set<String> rows(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            Set<String> found = new HashSet<>();
            while (result.next()) {
                found.add(result.getString(1) + "/" + result.getString(2) + "=" + result.getLong(3));
            }
            return found;
        }
    }

    static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
