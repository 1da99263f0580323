package dev.bastion.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-install database: a real PostgreSQL 17 (zonky's binaries from Maven Central) whose
 * data lives in {@code <data folder>/postgres} and survives restarts.
 *
 * <p>Three things zonky does not do for a long-lived data folder, done here:
 * <ul>
 *   <li>durability: zonky turns {@code synchronous_commit} off; it is turned back on so a
 *       committed transaction survives a crash;</li>
 *   <li>one server per folder: {@code <data folder>/bastion.lock} is held for the life of the
 *       process; a second server on the same folder stops with a clear message;</li>
 *   <li>recovery after {@code kill -9}: PostgreSQL outlives a killed JVM. Holding the lock
 *       proves no live Bastion owns that postmaster, so it is stopped before starting anew.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, FileChannel lockChannel,
                                   FileLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts PostgreSQL on a free port with its data in {@code dataFolder/postgres}. */
    public static EmbeddedPostgresServer start(Path dataFolder) {
        return claim(dataFolder).start(0);
    }

    /**
     * The first half of a start, quick and on the caller's thread: takes the data folder's lock, or
     * throws {@link DataFolderInUseException} when another live server holds it. The other half,
     * {@link Claim#start}, may then run elsewhere ({@link EmbeddedPostgresStart}).
     */
    public static Claim claim(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("bastion.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataFolderInUseException(folder);
            }
            return new Claim(folder.resolve("postgres"), channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + folder, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** A data folder this process holds the lock of, its PostgreSQL not started yet. */
    public static final class Claim {

        private final Path dataDirectory;
        private final FileChannel channel;
        private final FileLock lock;

        private Claim(Path dataDirectory, FileChannel channel, FileLock lock) {
            this.dataDirectory = dataDirectory;
            this.channel = channel;
            this.lock = lock;
        }

        /**
         * Starts PostgreSQL on {@code port} (0: any free one); on failure the folder's lock is
         * released and the failure thrown.
         */
        public EmbeddedPostgresServer start(int port) {
            try {
                stopOrphanedPostmaster(dataDirectory);
                StartNarration narration = StartNarration.begin(dataDirectory);
                EmbeddedPostgres postgres;
                try {
                    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                            .setDataDirectory(dataDirectory)
                            .setCleanDataDirectory(false)
                            .setRegisterShutdownHook(false)
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("fsync", "on")
                            .setServerConfig("max_connections", "100")
                            .setPGStartupWait(Duration.ofSeconds(60));
                    postgres = (port == 0 ? builder : builder.setPort(port)).start();
                } finally {
                    narration.stop();
                }
                narration.ready(postgres.getPort());
                return new EmbeddedPostgresServer(postgres, dataDirectory, channel, lock);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDirectory, e);
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
        }

        /** Gives the folder up without starting anything. */
        public void release() {
            closeQuietly(channel);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    /**
     * A {@code postmaster.pid} naming a live postgres process while we hold the folder lock can
     * only be left by a Bastion that was killed: stop it (SIGTERM, then SIGKILL) and go on.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle orphan = postmaster.get();
        LOG.warn("Stopping PostgreSQL (pid {}) left running in {} by a server that did not shut down",
                orphan.pid(), dataDirectory);
        orphan.destroy();
        try {
            orphan.onExit().get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            orphan.destroyForcibly();
            orphan.onExit().join();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the postmaster this server started still runs. Nothing restarts it when it dies (it is
     * on a port of its own that the pool was given), so the process reports itself not alive
     * instead (see {@code EmbeddedDatabaseLiveness}) and its supervisor restarts it.
     */
    public boolean isRunning() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return !lines.isEmpty() && parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive).isPresent();
        } catch (IOException unreadable) {
            return false;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(port());
    }

    /** The JDBC URL of the embedded server's {@code postgres} database on {@code port}, as zonky writes it. */
    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Datasource settings for the application context. */
    public Map<String, Object> datasourceProperties() {
        return datasourceProperties(port());
    }

    static Map<String, Object> datasourceProperties(int port) {
        return Map.of(
                "datasources.default.url", jdbcUrl(port),
                "datasources.default.username", "postgres",
                "datasources.default.password", "");
    }

    public String describe() {
        return "embedded PostgreSQL 17 on 127.0.0.1:" + port() + ", data in " + dataDirectory;
    }

    /** Stops the server and releases the folder; only the first call does anything. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // released with the channel below, or by the OS at exit
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Another live server owns the data folder. */
    public static final class DataFolderInUseException extends IllegalStateException {

        DataFolderInUseException(Path folder) {
            super("Another Bastion server is already using the data folder " + folder
                    + ". Stop it first, or start this one with another BASTION_DATA_DIR or with DATABASE_URL.");
        }
    }
}
