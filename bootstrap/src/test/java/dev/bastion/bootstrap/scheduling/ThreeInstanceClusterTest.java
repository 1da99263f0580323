package dev.bastion.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import io.micronaut.json.JsonMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances, each a process of its own, on one PostgreSQL schema and one Redis key prefix,
 * as an operator runs a cluster. In one run: a job due every second fires once per second across
 * the cluster (one execution per firing, none twice); an instance killed (SIGKILL) in the middle of a
 * run has that run recovered by another (FAILED, then run again under FIRE_ONCE); and the state
 * the cluster shares holds: a logout on A is refused on B, a role change on A is enforced on C, a
 * sign-in policy changed on B is in force on A. Prints its figures.
 */
class ThreeInstanceClusterTest {

    private static final String PASSWORD = "cluster-admin-password";
    private static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    private static final Duration DEAD_AFTER = Duration.ofMillis(500 * 4);

    @TempDir
    Path dataFolder;

    @Test
    void aClusterOfThreeFiresOnceRecoversADeadInstancesRunAndSharesItsState() throws Exception {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        Map<String, String> shared = new TreeMap<>(Map.ofEntries(
                Map.entry("DATABASE_URL", database.url()), Map.entry("DATABASE_USER", database.user()),
                Map.entry("DATABASE_PASSWORD", database.password() == null ? "" : database.password()),
                Map.entry("REDIS_URI", TestRedis.uri().orElseThrow()),
                Map.entry("BASTION_REDIS_KEY_PREFIX", TestRedis.keyPrefix(ThreeInstanceClusterTest.class)),
                Map.entry("BASTION_CLUSTER", "true"), Map.entry("BASTION_ADMIN_PASSWORD", PASSWORD),
                Map.entry("BASTION_JWT_SECRET", "cluster-test-secret-" + UUID.randomUUID()),
                Map.entry("BASTION_ARGON2_MEMORY_KIB", "64"), Map.entry("BASTION_ARGON2_ITERATIONS", "1"),
                Map.entry("BASTION_LOGIN_RATE_PER_MINUTE", "1000"),
                Map.entry("BASTION_JOBS_POLL_INTERVAL", "250ms"),
                Map.entry("BASTION_JOBS_HEARTBEAT_INTERVAL", "500ms"),
                Map.entry("BASTION_JOBS_MISSED_HEARTBEATS", "4")));
        JsonMapper json = JsonMapper.createDefault();
        Instant begin = Instant.now();
        List<ClusterInstance> cluster = new ArrayList<>();
        try {
            // all at once, as an orchestrator starts them: migrations and seeding take turns under a lock
            for (String name : List.of("a", "b", "c")) {
                cluster.add(ClusterInstance.start(name, dataFolder.resolve(name), shared, json));
            }
            for (ClusterInstance instance : cluster) {
                instance.awaitReady(Duration.ofSeconds(90));
            }
            Duration startup = Duration.between(begin, Instant.now());
            Api a = cluster.get(0).api;
            Api b = cluster.get(1).api;
            Api c = cluster.get(2).api;
            String admin = (String) a.login("admin", PASSWORD).get("accessToken");

            // a job due every second, for ten seconds
            Api.Reply created = a.post("/api/v1/jobs", admin, Map.of("name", "every second",
                    "handler", "smoke.record", "cron", "* * * * * *", "concurrency", "FORBID"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String everySecond = (String) created.json().get("id");
            Instant firingFrom = Instant.now();

            // meanwhile, the state the instances share
            Map<String, Object> victim = a.login("admin", PASSWORD);
            assertThat(a.post("/api/v1/auth/logout", (String) victim.get("accessToken"), null).status())
                    .isEqualTo(204);
            assertThat(b.get("/api/v1/auth/me", (String) victim.get("accessToken")).status())
                    .as("a logout on A is refused on B").isEqualTo(401);

            Api.Reply role = a.post("/api/v1/roles", admin, Map.of("code", "lister", "name", "Lister",
                    "dataScope", "ALL", "menuIds", List.of(USERS_MENU)));
            assertThat(role.status()).as(role.body()).isEqualTo(201);
            assertThat(a.post("/api/v1/users", admin, Map.of("username", "lister", "password", "lister-password-1",
                    "roleIds", List.of(role.json().get("id")))).status()).isEqualTo(201);
            String lister = (String) c.login("lister", "lister-password-1").get("accessToken");
            assertThat(c.get("/api/v1/users", lister).status()).isEqualTo(200);
            assertThat(a.send("PUT", "/api/v1/roles/" + role.json().get("id"), admin,
                    Map.of("menuIds", List.of(), "version", 0)).status()).isEqualTo(200);
            assertThat(c.get("/api/v1/users", lister).status()).as("a role change on A is enforced on C")
                    .isEqualTo(403);

            Api.Reply policy = b.get("/api/v1/configs/security.lockout.max-failures", admin);
            assertThat(b.send("PUT", "/api/v1/configs/" + policy.json().get("id"), admin,
                    Map.of("value", "2", "version", policy.json().get("version"))).status()).isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                assertThat(a.post("/api/v1/auth/login", null, Map.of("username", "lister", "password", "wrong"))
                        .status()).isEqualTo(401);
            }
            assertThat(a.post("/api/v1/auth/login", null, Map.of("username", "lister",
                    "password", "lister-password-1")).status()).as("the lockout count set on B is in force on A")
                    .isEqualTo(423);

            Thread.sleep(Math.max(0, Duration.ofSeconds(10).minus(Duration.between(firingFrom, Instant.now()))
                    .toMillis()));
            assertThat(a.send("PUT", "/api/v1/jobs/" + everySecond + "/status", admin, Map.of("enabled", false))
                    .status()).isEqualTo(200);
            // a run ordered just before the disable ends: on two busy cores that can take a few seconds
            Firings firings = firings(database, everySecond);
            for (Instant until = Instant.now().plusSeconds(10);
                 firings.succeeded() < firings.executions() && Instant.now().isBefore(until); ) {
                Thread.sleep(250);
                firings = firings(database, everySecond);
            }

            // a run on the instance killed under it
            Api.Reply slow = a.post("/api/v1/jobs", admin, Map.of("name", "slow", "handler", "smoke.record",
                    "cron", "0 0 0 1 1 *", "parameters", Map.of("pause", "3s"), "misfire", "FIRE_ONCE",
                    "timeout", "1m"));
            assertThat(slow.status()).as(slow.body()).isEqualTo(201);
            Api.Reply ordered = a.post("/api/v1/jobs/" + slow.json().get("id") + "/run", admin, null);
            assertThat(ordered.status()).as(ordered.body()).isEqualTo(202);
            String executionId = (String) ordered.json().get("executionId");
            Map<String, Object> running = awaitExecution(a, admin, (String) slow.json().get("id"), executionId,
                    "RUNNING", Duration.ofSeconds(10));
            ClusterInstance runner = cluster.stream().filter(i -> i.name.equals(running.get("instance")))
                    .findFirst().orElseThrow();
            ClusterInstance survivor = cluster.stream().filter(i -> i != runner).findFirst().orElseThrow();
            Instant killedAt = Instant.now();
            runner.kill();
            Map<String, Object> failed = awaitExecution(survivor.api, admin, (String) slow.json().get("id"),
                    executionId, "FAILED", DEAD_AFTER.plusSeconds(15));
            Duration recovery = Duration.between(killedAt, Instant.now());
            assertThat((String) failed.get("message")).contains("instance " + runner.name);
            Map<String, Object> retried = awaitRetry(survivor.api, admin, (String) slow.json().get("id"), executionId,
                    Duration.ofSeconds(15));
            assertThat(retried.get("instance")).isNotEqualTo(runner.name);

            System.out.printf("Cluster of 3: started in %d ms; 'every second' fired %d times in %d ms (%s per "
                            + "instance), %d execution rows, %d fire times twice, longest gap %d ms; the run killed "
                            + "on %s recorded FAILED %d ms after the kill (dead after %d ms without heartbeat), "
                            + "retried on %s: %s; whole test %d ms%n",
                    startup.toMillis(), firings.fireTimes, firings.windowMillis, firings.perInstance,
                    firings.executions, firings.duplicates, firings.longestGapMillis, runner.name,
                    recovery.toMillis(), DEAD_AFTER.toMillis(), retried.get("instance"), retried.get("outcome"),
                    Duration.between(begin, Instant.now()).toMillis());

            assertThat(firings.duplicates).as("no fire time ran twice").isZero();
            assertThat(firings.executions).as("one execution per firing").isEqualTo(firings.fireTimes);
            assertThat(firings.fireTimes).as("about one firing per second for ten seconds").isBetween(8, 12);
            assertThat(firings.succeeded).isEqualTo(firings.executions);
            assertThat(firings.onWholeSeconds).as("each firing is the cron's own time").isTrue();
        } finally {
            for (ClusterInstance instance : cluster) {
                instance.close();
            }
        }
    }

    /** What the scheduled runs of one job left in the history. */
    private record Firings(int fireTimes, int executions, int duplicates, int succeeded, long windowMillis,
                           long longestGapMillis, Map<String, Integer> perInstance, boolean onWholeSeconds) {
    }

    private static Firings firings(TestPostgres.Database database, String job) throws Exception {
        List<Instant> times = new ArrayList<>();
        Map<String, Integer> perInstance = new TreeMap<>();
        int succeeded = 0;
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT scheduled_at, instance, outcome FROM job_executions WHERE job_id = ? AND trigger = 'SCHEDULE'"
                        + " ORDER BY scheduled_at")) {
            statement.setObject(1, UUID.fromString(job));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                    perInstance.merge(rows.getString(2), 1, Integer::sum);
                    succeeded += "SUCCEEDED".equals(rows.getString(3)) ? 1 : 0;
                }
            }
        }
        long distinct = times.stream().distinct().count();
        long gap = 0;
        for (int i = 1; i < times.size(); i++) {
            gap = Math.max(gap, Duration.between(times.get(i - 1), times.get(i)).toMillis());
        }
        long window = times.isEmpty() ? 0 : Duration.between(times.get(0), times.get(times.size() - 1)).toMillis();
        return new Firings((int) distinct, times.size(), times.size() - (int) distinct, succeeded, window, gap,
                perInstance, times.stream().allMatch(time -> time.getNano() == 0));
    }

    private static Map<String, Object> awaitExecution(Api api, String token, String job, String execution,
                                                      String outcome, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<Object> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            Api.Reply page = api.get("/api/v1/jobs/" + job + "/executions?size=50", token);
            if (page.status() == 200) {
                seen = items(page);
                for (Object item : seen) {
                    Map<?, ?> e = (Map<?, ?>) item;
                    if (execution.equals(e.get("id")) && outcome.equals(e.get("outcome"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> found = (Map<String, Object>) e;
                        return found;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("execution " + execution + " not " + outcome + " within " + within + ": " + seen);
    }

    private static Map<String, Object> awaitRetry(Api api, String token, String job, String dead, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<Object> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = items(api.get("/api/v1/jobs/" + job + "/executions?size=50", token));
            for (Object item : seen) {
                Map<?, ?> e = (Map<?, ?>) item;
                if (!dead.equals(e.get("id")) && "SUCCEEDED".equals(e.get("outcome"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> found = (Map<String, Object>) e;
                    return found;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no retry of " + dead + " succeeded within " + within + ": " + seen);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(Api.Reply page) {
        return (List<Object>) page.json().get("items");
    }
}
