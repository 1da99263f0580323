package dev.bastion.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.application.audit.OperationLogService;
import dev.bastion.application.audit.PurgeOperationLogService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.audit.ChainVerification;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationOutcome;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcOperationLogTest extends PostgresTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_SIZE);
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    OperationLog log;
    @Inject
    LoginLog loginLog;
    @Inject
    UserRepository users;
    @Inject
    Transactions transactions;

    private OperationLogService service;

    @BeforeEach
    void emptyLog() throws SQLException {
        sql("DELETE FROM operation_log; DELETE FROM operation_log_anchor; DELETE FROM login_log");
        service = new OperationLogService(log);
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static OperationRecord record(Instant at, UUID actor, String route, int status) {
        return OperationRecord.of(at, actor, actor == null ? null : UUID.randomUUID(), "203.0.113.7", "curl/8.5",
                "PUT", route, "42", "system:user", "update user", "{\"nickname\":\"é \\\"x\\\"\"}", status,
                status >= 400 ? "CONFLICT" : null, 12, "req-1");
    }

    private UUID user(String name) {
        UserId id = UserId.newId();
        transactions.inTransaction(() -> {
            users.add(User.register(id, new Username(name), null, null, HASH, false, Instant.now()));
            return null;
        });
        return id.value();
    }

    @Test
    void entries_read_back_as_written_with_the_actor_named_and_the_chain_intact() {
        UUID jane = user("jane-" + System.nanoTime() % 100000);
        OperationRecord first = record(T, jane, "/api/v1/users/{id}", 200);
        OperationRecord second = record(T.plusSeconds(1), null, "/api/v1/users", 401);

        log.appendAll(List.of(first, second));

        OperationLogEntry stored = log.get(first.id()).orElseThrow();
        assertThat(stored.record()).isEqualTo(first.withActorUsername(stored.record().actorUsername()));
        assertThat(stored.record().actorUsername()).startsWith("jane-");
        assertThat(stored.previousHash()).isEqualTo(OperationLogEntry.GENESIS);
        assertThat(log.get(second.id()).orElseThrow().previousHash()).isEqualTo(stored.hash());
        assertThat(service.verify(null, null)).isEqualTo(new ChainVerification.Result(2, java.util.Optional.empty()));
    }

    @Test
    void the_filters_and_order_apply() {
        UUID jane = user("filter-" + System.nanoTime() % 100000);
        log.appendAll(List.of(record(T, jane, "/api/v1/users/{id}", 200),
                record(T.plusSeconds(1), null, "/api/v1/users", 403),
                record(T.plusSeconds(2), jane, "/api/v1/users", 409)));
        String actor = log.find(OperationLogQuery.any(), ALL).items().get(0).record().actorUsername();

        assertThat(log.find(OperationLogQuery.any(), ALL).items()).extracting(e -> e.record().status())
                .containsExactly(409, 403, 200);
        assertThat(log.find(new OperationLogQuery(actor.toUpperCase(), null, null, null, null, null, null), ALL).total())
                .isEqualTo(2);
        assertThat(log.find(new OperationLogQuery(null, null, "/api/v1/users", OperationOutcome.FAILURE, 403, null, null),
                ALL).items()).extracting(e -> e.record().status()).containsExactly(403);
        assertThat(log.find(new OperationLogQuery(null, "system:user", null, OperationOutcome.SUCCESS, null,
                T, T.plusSeconds(2)), ALL).total()).isEqualTo(1);
    }

    @Test
    void two_writers_appending_at_once_keep_one_chain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                go.await();
                for (int batch = 0; batch < 25; batch++) {
                    int b = batch;
                    log.appendAll(IntStream.range(0, 8).mapToObj(i -> record(T.plusMillis(writer * 100_000L + b * 10L + i),
                            null, "/w" + writer, 200)).toList());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        ChainVerification.Result result = service.verify(null, null);
        assertThat(result.firstBroken()).isEmpty();
        assertThat(result.verified()).isEqualTo(400);
        assertThat(log.find(OperationLogQuery.any(), PageRequest.first(1)).total()).isEqualTo(400);
    }

    @Test
    void an_entry_edited_with_sql_is_named_by_verification() throws SQLException {
        List<OperationRecord> records = IntStream.range(0, 5)
                .mapToObj(i -> record(T.plusSeconds(i), null, "/api/v1/users", 200)).toList();
        log.appendAll(records);

        sql("UPDATE operation_log SET arguments = '{}' WHERE id = '" + records.get(2).id() + "'");

        ChainVerification.Result result = service.verify(null, null);
        assertThat(result.verified()).isEqualTo(2);
        assertThat(result.firstBroken()).hasValueSatisfying(broken -> {
            assertThat(broken.id()).isEqualTo(records.get(2).id());
            assertThat(broken.found()).isEqualTo(log.get(records.get(2).id()).orElseThrow().hash());
            assertThat(broken.expected()).isNotEqualTo(broken.found());
        });
        // a window after the edited entry still verifies
        assertThat(service.verify(T.plusSeconds(3), null)).isEqualTo(new ChainVerification.Result(2, java.util.Optional.empty()));
    }

    @Test
    void a_time_range_total_is_exact_whatever_the_hours_and_modules_and_after_edits_and_purges() throws SQLException {
        // 7 entries an hour, every 500 s from T - 3 h 20 min, about 13 hours: ranges end inside hours and on them
        Instant start = T.minusSeconds(12_000);
        List<Instant> written = IntStream.range(0, 90).mapToObj(i -> start.plusSeconds(i * 500L + i % 7)).toList();
        // every third entry is of another module, so a module's total must tell them apart
        log.appendAll(IntStream.range(0, written.size()).mapToObj(i -> i % 3 == 0 ? roleRecord(written.get(i))
                : record(written.get(i), null, "/api/v1/users", 200)).toList());
        List<Instant> times = written;
        List<Instant> roleTimes = IntStream.range(0, written.size()).filter(i -> i % 3 == 0).mapToObj(written::get)
                .toList();
        List<Instant[]> ranges = List.of(
                new Instant[] {null, null}, new Instant[] {T, null}, new Instant[] {null, T},
                new Instant[] {T, T.plusSeconds(3600 * 5)}, new Instant[] {T.minusSeconds(1), T.plusSeconds(7201)},
                new Instant[] {T.plusSeconds(10), T.plusSeconds(3000)}, new Instant[] {T.plusSeconds(10), T.plusSeconds(3700)},
                new Instant[] {start, start.plusSeconds(1)}, new Instant[] {T.minusSeconds(86_400), T.plusSeconds(86_400)});

        assertTotals(ranges, times, roleTimes);
        sql("UPDATE operation_log SET at = at + interval '2 hours' WHERE at < '" + T + "'");
        times = times.stream().map(at -> at.isBefore(T) ? at.plusSeconds(7200) : at).toList();
        roleTimes = roleTimes.stream().map(at -> at.isBefore(T) ? at.plusSeconds(7200) : at).toList();
        assertTotals(ranges, times, roleTimes);
        sql("DELETE FROM operation_log WHERE at >= '" + T.plusSeconds(3600) + "' AND at < '" + T.plusSeconds(5400) + "'");
        times = times.stream().filter(at -> at.isBefore(T.plusSeconds(3600)) || !at.isBefore(T.plusSeconds(5400))).toList();
        roleTimes = roleTimes.stream().filter(at -> at.isBefore(T.plusSeconds(3600)) || !at.isBefore(T.plusSeconds(5400)))
                .toList();
        assertTotals(ranges, times, roleTimes);
        Instant cutoff = T.plusSeconds(5 * 3600 + 1);
        new PurgeOperationLogService(log, loginLog, () -> cutoff.plus(Duration.ofDays(180)), Duration.ofDays(180)).purge();
        times = times.stream().filter(at -> !at.isBefore(cutoff)).toList();
        roleTimes = roleTimes.stream().filter(at -> !at.isBefore(cutoff)).toList();
        assertThat(roleTimes).isNotEmpty();
        assertTotals(ranges, times, roleTimes);
    }

    private static long within(List<Instant> times, Instant[] range) {
        return times.stream().filter(at -> (range[0] == null || !at.isBefore(range[0]))
                && (range[1] == null || at.isBefore(range[1]))).count();
    }

    private static OperationRecord roleRecord(Instant at) {
        return OperationRecord.of(at, null, null, "203.0.113.7", "curl/8.5", "POST", "/api/v1/roles", null,
                "system:role", "create role", null, 201, null, 3, "req-2");
    }

    /**
     * Each range's total as the listing gives it (a page of one, so the total is counted), of all
     * entries and of the system:role ones, against the times they were written at.
     */
    private void assertTotals(List<Instant[]> ranges, List<Instant> times, List<Instant> roleTimes) throws SQLException {
        for (Instant[] range : ranges) {
            assertThat(log.find(new OperationLogQuery(null, null, null, null, null, range[0], range[1]),
                    PageRequest.first(1)).total()).as("total from %s to %s", range[0], range[1])
                    .isEqualTo(within(times, range));
            assertThat(log.find(new OperationLogQuery(null, "system:role", null, null, null, range[0], range[1]),
                    PageRequest.first(1)).total()).as("system:role from %s to %s", range[0], range[1])
                    .isEqualTo(within(roleTimes, range));
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var differ = statement.executeQuery("SELECT count(*) FROM operation_log_hours h FULL JOIN"
                     + " (SELECT date_trunc('hour', at, 'UTC') AS hour, module, count(*) AS entries FROM operation_log"
                     + " GROUP BY 1, 2) c ON c.hour = h.hour AND c.module = h.module"
                     + " WHERE h.entries IS DISTINCT FROM c.entries")) {
            differ.next();
            assertThat(differ.getLong(1)).as("hours whose kept count differs from the table").isZero();
        }
    }

    @Test
    void the_purge_deletes_a_prefix_and_leaves_an_anchor_the_rest_follows() throws SQLException {
        Instant now = T.plus(Duration.ofDays(200));
        log.appendAll(IntStream.range(0, 10).mapToObj(day -> record(T.plus(Duration.ofDays(day * 20L)), null,
                "/api/v1/users", 200)).toList());
        loginLog.append(LoginLogEntry.of(T, "old", "ip", "ua", LoginOutcome.SUCCESS));
        loginLog.append(LoginLogEntry.of(now, "new", "ip", "ua", LoginOutcome.SUCCESS));

        var purged = new PurgeOperationLogService(log, loginLog, () -> now, Duration.ofDays(180)).purge();

        assertThat(purged.operations()).isEqualTo(1);
        assertThat(purged.logins()).isEqualTo(1);
        assertThat(service.verify(null, null)).isEqualTo(new ChainVerification.Result(9, java.util.Optional.empty()));
        log.appendAll(List.of(record(now, null, "/api/v1/users", 201)));
        assertThat(new PurgeOperationLogService(log, loginLog, () -> now.plus(Duration.ofDays(100)),
                Duration.ofDays(180)).purge().operations()).isEqualTo(5);
        assertThat(service.verify(null, null)).isEqualTo(new ChainVerification.Result(5, java.util.Optional.empty()));
        assertThat(loginLog.find(LoginLogQuery.any(), ALL).items()).extracting(LoginLogEntry::username)
                .containsExactly("new");
    }

    @Test
    void the_export_slices_cover_every_entry_once_newest_first() {
        log.appendAll(IntStream.range(0, 1_234).mapToObj(i -> record(T.plusMillis(i / 3), null, "/api/v1/users", 200))
                .toList());

        List<OperationLogEntry> exported = service.export(OperationLogQuery.any()).toList();

        assertThat(exported).hasSize(1_234).doesNotHaveDuplicates();
        // written as several multi-row INSERTs, chained in order across them
        assertThat(service.verify(null, null)).isEqualTo(new ChainVerification.Result(1_234, java.util.Optional.empty()));
        assertThat(exported.get(0).record().at()).isEqualTo(T.plusMillis(411));
        IntStream.range(0, 3).forEach(i -> loginLog.append(LoginLogEntry.of(T.plusSeconds(i), "u" + i, "ip", "ua",
                LoginOutcome.SUCCESS)));
        assertThat(loginLog.slice(LoginLogQuery.any(), null, 2)).extracting(LoginLogEntry::username)
                .containsExactly("u2", "u1");
        assertThat(loginLog.slice(LoginLogQuery.any(), loginLog.slice(LoginLogQuery.any(), null, 2).get(1), 2))
                .extracting(LoginLogEntry::username).containsExactly("u0");
    }
}
