package dev.bastion.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.BastionProcess;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while sign-ins are in flight (each an Argon2id hash, one at a time, so they queue): every
 * one of them is answered, the process exits 0 and the embedded PostgreSQL is stopped.
 */
class GracefulShutdownTest {

    static final String PASSWORD = "graceful-admin-password";

    @TempDir
    Path dataFolder;

    @Test
    void requestsInFlightFinishAndTheProcessExitsZero() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("bastion-graceful", ".log");
        Process server = BastionProcess.start(dataFolder, Map.of("PORT", String.valueOf(port),
                "BASTION_ADMIN_PASSWORD", PASSWORD, "BASTION_ARGON2_CONCURRENCY", "1",
                "BASTION_ARGON2_ITERATIONS", "6"), log);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitReady(client, base, server, log);

            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                inFlight.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                                + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString()));
            }
            // the first answer proves the server took the requests; the others queue behind it (one
            // hash at a time, each a few hundred milliseconds), so they are in flight at SIGTERM
            CompletableFuture.anyOf(inFlight.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            long stillRunning = inFlight.stream().filter(answer -> !answer.isDone()).count();
            server.destroy();
            assertThat(stillRunning).as("requests in flight at SIGTERM").isPositive();

            for (CompletableFuture<HttpResponse<String>> answer : inFlight) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("accessToken");
            }
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the process stopped").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(server.exitValue()).as(output).isZero();
            assertThat(Files.exists(dataFolder.resolve("postgres").resolve("postmaster.pid")))
                    .as("the embedded PostgreSQL stopped").isFalse();
        } finally {
            server.destroyForcibly();
            Files.deleteIfExists(log);
        }
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
