package dev.bastion.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.BastionProcess;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One instance of a test cluster: {@code java -jar} as an operator runs it, in a process of its own. */
final class ClusterInstance implements AutoCloseable {

    final String name;
    final Process process;
    final URI base;
    final Api api;
    private final Path log;

    private ClusterInstance(String name, Process process, URI base, JsonMapper json, Path log) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.api = new Api(base, json);
        this.log = log;
    }

    static ClusterInstance start(String name, Path dataFolder, Map<String, String> shared, JsonMapper json)
            throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(shared);
        env.put("PORT", String.valueOf(port));
        env.put("BASTION_INSTANCE_NAME", name);
        Path log = Files.createTempFile("bastion-cluster-" + name, ".log");
        Process process = BastionProcess.start(dataFolder, env, log);
        return new ClusterInstance(name, process, URI.create("http://127.0.0.1:" + port), json, log);
    }

    /** Waits until its readiness probe answers 200 (database and Redis reachable). */
    void awaitReady(Duration within) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as(name + " died: " + output()).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " not ready within " + within + ": " + output());
    }

    /** SIGKILL: no shutdown hook, no goodbye; its claims stay in the database until the others see it is dead. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(log);
    }
}
