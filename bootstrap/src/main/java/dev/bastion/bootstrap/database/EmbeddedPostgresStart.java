package dev.bastion.bootstrap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL starting on a thread of its own while the application context starts:
 * its half second or more (a process started, the binaries found, the server up) overlaps the
 * context's work instead of coming before it. The data folder is claimed and the port chosen at
 * once, on the caller's thread, so a folder in use still stops the start before anything else, and
 * the datasource's URL is known before the server is up; whatever first needs the server (the
 * connection pool, through {@link DatasourceAwaitsEmbeddedPostgres}) waits for it with {@link #await}.
 */
public final class EmbeddedPostgresStart implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final int port;
    private final CompletableFuture<EmbeddedPostgresServer> server;

    EmbeddedPostgresStart(int port, CompletableFuture<EmbeddedPostgresServer> server) {
        this.port = port;
        this.server = server;
    }

    /**
     * Claims {@code dataFolder} (throwing {@link EmbeddedPostgresServer.DataFolderInUseException}
     * here when another server holds it), picks a free port, and starts PostgreSQL on it in the
     * background.
     */
    public static EmbeddedPostgresStart begin(Path dataFolder) {
        EmbeddedPostgresServer.Claim claim = EmbeddedPostgresServer.claim(dataFolder);
        int port;
        try {
            port = freePort();
        } catch (RuntimeException e) {
            claim.release();
            throw e;
        }
        CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
        Thread starting = new Thread(() -> {
            try {
                server.complete(claim.start(port));
            } catch (Throwable failed) {
                server.completeExceptionally(failed);
            }
        }, "embedded-postgres");
        starting.setDaemon(true);
        starting.start();
        return new EmbeddedPostgresStart(port, server);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return port;
    }

    /** Datasource settings for the application context, known before the server is up. */
    public Map<String, Object> datasourceProperties() {
        return EmbeddedPostgresServer.datasourceProperties(port);
    }

    /** The server once it is up; waits for it; throws what stopped its start. */
    public EmbeddedPostgresServer await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the server: at once when it is up, after its start when it is still starting. */
    @Override
    public void close() {
        try {
            server.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS).close();
        } catch (ExecutionException didNotStart) {
            // nothing runs; its start released the folder
        } catch (TimeoutException stillStarting) {
            LOG.warn("The embedded PostgreSQL was still starting after {} s; leaving it to the next start", STOP_WAIT.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
