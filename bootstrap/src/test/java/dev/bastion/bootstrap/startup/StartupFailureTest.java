package dev.bastion.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.BastionProcess;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot succeed fails fast, says why, and leaves no embedded PostgreSQL behind. Each
 * case runs the server in a JVM of its own ({@link BastionProcess}).
 */
class StartupFailureTest {

    @TempDir
    Path dataFolder;

    private record Outcome(int exitCode, String output, Duration took) {
    }

    private Outcome start(Map<String, String> env) throws Exception {
        Path log = Files.createTempFile("bastion-start", ".log");
        long started = System.nanoTime();
        Process process = BastionProcess.start(dataFolder, env, log);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server neither started nor stopped within 90 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Outcome(process.exitValue(), output, Duration.ofNanos(System.nanoTime() - started));
    }

    @Test
    void aBusyPortIsNamedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            Outcome outcome = start(Map.of("PORT", String.valueOf(port)));

            assertThat(outcome.exitCode()).isEqualTo(2);
            assertThat(outcome.output()).contains("port " + port + " is in use").contains("set PORT")
                    .doesNotContain("embedded PostgreSQL").doesNotContain("\tat ");
            assertThat(Files.exists(dataFolder.resolve("postgres"))).as("no database was started").isFalse();
        }
    }

    @Test
    void aContextThatFailsToStartStopsTheEmbeddedDatabase() throws Exception {
        Outcome outcome = start(Map.of("PORT", "0", "BASTION_ARGON2_CONCURRENCY", "many"));

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("BASTION_ARGON2_CONCURRENCY");
        assertThat(Files.exists(dataFolder.resolve("postgres"))).as("the database had started").isTrue();
        assertThat(Files.exists(dataFolder.resolve("postgres").resolve("postmaster.pid")))
                .as("the postmaster was stopped (it removes its pid file)").isFalse();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(dataFolder.toString())).toList()).as("no process runs on the data folder").isEmpty();
    }
}
