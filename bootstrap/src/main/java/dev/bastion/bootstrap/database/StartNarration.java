package dev.bastion.bootstrap.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says what the embedded PostgreSQL is doing while it starts: a first start unpacks the binaries
 * and creates a database cluster, which takes long enough on a slow disk that a silent console
 * looks hung. Names the step up front, says it is still at it every few seconds, and says when it
 * is ready and how long it took.
 */
final class StartNarration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STILL_WORKING_EVERY = Duration.ofSeconds(5);

    private final boolean newCluster;
    private final long startedAt;
    private final ScheduledExecutorService reminders;

    private StartNarration(boolean newCluster) {
        this.newCluster = newCluster;
        this.startedAt = System.nanoTime();
        this.reminders = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-start");
            thread.setDaemon(true);
            return thread;
        });
    }

    static StartNarration begin(Path dataDirectory) {
        // zonky unpacks its binaries once per machine into <tmp>/embedded-pg and reuses them.
        boolean unpacked = Files.isDirectory(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"));
        boolean newCluster = !Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
        if (!unpacked) {
            LOG.info("Unpacking the PostgreSQL binaries into {} (once per machine)",
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"));
        }
        if (newCluster) {
            LOG.info("Creating a new PostgreSQL database cluster in {} (first start: initdb, a few seconds)", dataDirectory);
        } else {
            LOG.info("Starting PostgreSQL on its existing data in {}", dataDirectory);
        }
        StartNarration narration = new StartNarration(newCluster);
        narration.reminders.scheduleAtFixedRate(narration::stillWorking, STILL_WORKING_EVERY.toMillis(),
                STILL_WORKING_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return narration;
    }

    private void stillWorking() {
        LOG.info("Still {} PostgreSQL ({} s so far)", newCluster ? "initialising and starting" : "starting", elapsed().toSeconds());
    }

    void stop() {
        reminders.shutdownNow();
    }

    void ready(int port) {
        LOG.info("Embedded PostgreSQL is up on 127.0.0.1:{} after {} ms{}", port, elapsed().toMillis(),
                newCluster ? " (new cluster created)" : "");
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }
}
