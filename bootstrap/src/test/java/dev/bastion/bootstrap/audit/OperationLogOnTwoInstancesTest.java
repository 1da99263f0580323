package dev.bastion.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.application.audit.PurgeOperationLog;
import dev.bastion.application.audit.PurgeOperationLogService;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.SharedBackends;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.OperationLog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL, written to at once, append to one chain that verifies whole;
 * a purge cutting it in the middle leaves a chain that still verifies from the cut.
 */
class OperationLogOnTwoInstancesTest {

    private static final int CLIENTS_PER_INSTANCE = 3;
    private static final int WRITES_PER_CLIENT = 15;
    private static final int WRITES = 2 * CLIENTS_PER_INSTANCE * WRITES_PER_CLIENT;

    @Test
    void concurrentWritersOnTwoInstancesKeepOneChainAndAPurgeKeepsItVerifiable() throws Exception {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(OperationLogOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            Api onB = new Api(b.getURI(), json);
            String adminOnA = (String) onA.login("admin", SharedBackends.ADMIN_PASSWORD).get("accessToken");
            String adminOnB = (String) onB.login("admin", SharedBackends.ADMIN_PASSWORD).get("accessToken");

            writeAtOnce(onA, adminOnA, onB, adminOnB, "first");
            long first = awaitStored(database, WRITES);
            Thread.sleep(20);
            Instant cut = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Thread.sleep(20);
            writeAtOnce(onA, adminOnA, onB, adminOnB, "second");
            long all = awaitStored(database, first + WRITES);

            Map<String, Object> whole = onB.get("/api/v1/logs/operations/verify", adminOnB).json();
            assertThat(whole.get("firstBroken")).as("one chain across both instances").isNull();
            assertThat(((Number) whole.get("verified")).longValue()).isEqualTo(all);
            assertThat(distinctSeqsWithOnePredecessorEach(database)).isEqualTo(all);

            // the purge as the scheduler will run it, with its "now" one retention after the cut
            Duration retention = Duration.ofDays(1);
            PurgeOperationLog purge = new PurgeOperationLogService(
                    a.getApplicationContext().getBean(OperationLog.class),
                    a.getApplicationContext().getBean(LoginLog.class),
                    () -> cut.plus(retention), retention);
            assertThat(purge.purge().operations()).isEqualTo(first);

            Map<String, Object> afterPurge = onA.get("/api/v1/logs/operations/verify", adminOnA).json();
            assertThat(afterPurge.get("firstBroken")).as("verifies from the anchor").isNull();
            // the second batch, plus the first verification request (a GET is not logged: none)
            assertThat(((Number) afterPurge.get("verified")).longValue()).isEqualTo(all - first);
        }
    }

    /** Three clients per instance, each creating dictionary types as fast as answers come. */
    private static void writeAtOnce(Api onA, String adminOnA, Api onB, String adminOnB, String batch)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_INSTANCE);
        try {
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (int client = 0; client < 2 * CLIENTS_PER_INSTANCE; client++) {
                Api api = client % 2 == 0 ? onA : onB;
                String token = client % 2 == 0 ? adminOnA : adminOnB;
                String code = batch + "_" + client;
                answers.add(clients.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < WRITES_PER_CLIENT; i++) {
                        Reply reply = api.post("/api/v1/dict-types", token, Map.of("code", code + "_" + i,
                                "name", "Type " + code + " " + i));
                        statuses.add(reply.status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> answer : answers) {
                assertThat(answer.get()).containsOnly(201);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Waits for the queued entries to be written (they are never written on the request's path). */
    private static long awaitStored(TestPostgres.Database database, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long stored = 0;
        while (System.nanoTime() < deadline) {
            stored = count(database, "SELECT count(*) FROM operation_log");
            if (stored >= expected) {
                return stored;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("only " + stored + " of " + expected + " entries were written");
    }

    /** Each entry's previous hash is the hash of exactly one other entry, or the start of the chain. */
    private static long distinctSeqsWithOnePredecessorEach(TestPostgres.Database database) throws Exception {
        return count(database, """
                SELECT count(*) FROM operation_log e
                WHERE (SELECT count(*) FROM operation_log p WHERE p.hash = e.prev_hash) = 1
                   OR e.seq = (SELECT min(seq) FROM operation_log)""");
    }

    private static long count(TestPostgres.Database database, String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
