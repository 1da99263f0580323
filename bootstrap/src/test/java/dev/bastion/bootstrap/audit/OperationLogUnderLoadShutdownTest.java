package dev.bastion.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.BastionProcess;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while 12 clients create departments as fast as they can: every request that got an answer
 * has its operation-log entry (matched by request id), no answer is a 500, and the process exits 0.
 */
class OperationLogUnderLoadShutdownTest {

    static final String PASSWORD = "under-load-admin-password";
    static final String ROOT = "01936f6e-0000-7000-8000-0000000000d1";

    @TempDir
    Path dataFolder;

    @Test
    void everyAnsweredWriteIsLoggedThroughACleanStop() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("bastion-oplog-stop", ".log");
        Process server = BastionProcess.start(dataFolder, Map.of("PORT", String.valueOf(port),
                "BASTION_ADMIN_PASSWORD", PASSWORD, "DATABASE_URL", database.url(),
                "DATABASE_USER", database.user(), "DATABASE_PASSWORD", database.password() == null ? "" : database.password()),
                log);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitReady(http, base, server, log);
            String token = signIn(http, base);

            Map<String, Integer> answered = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            for (int c = 0; c < 12; c++) {
                clients.submit(() -> {
                    while (!stop.get()) {
                        String requestId = "stop-" + UUID.randomUUID();
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/depts"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"parentId\":\"" + ROOT
                                            + "\",\"name\":\"" + requestId.substring(5, 25) + "\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            answered.put(requestId, response.statusCode());
                        } catch (Exception refusedOrCut) {
                            Thread.sleep(5); // not answered: the server no longer takes connections
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(2_000);
            int beforeStop = answered.size();
            server.destroy(); // SIGTERM
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the process stopped").isTrue();
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();

            assertThat(beforeStop).as("writes answered before SIGTERM").isPositive();
            assertThat(answered.values()).as("no answer is a server error").allMatch(status -> status < 500);
            Set<String> logged = new HashSet<>();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT request_id FROM operation_log WHERE route = '/api/v1/depts'")) {
                while (rows.next()) {
                    logged.add(rows.getString(1));
                }
            }
            assertThat(logged).as("every answered write has its entry").containsAll(answered.keySet());
        } finally {
            clients.shutdownNow();
            server.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static String signIn(HttpClient http, URI base) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String body = login.body();
        int start = body.indexOf("\"accessToken\":\"") + "\"accessToken\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    private static void awaitReady(HttpClient client, URI base, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 90 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }
}
