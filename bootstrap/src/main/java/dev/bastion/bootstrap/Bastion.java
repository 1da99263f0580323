package dev.bastion.bootstrap;

import dev.bastion.bootstrap.database.EmbeddedPostgresServer;
import dev.bastion.bootstrap.database.EmbeddedPostgresStart;
import dev.bastion.bootstrap.startup.JwtSecret;
import dev.bastion.bootstrap.startup.ListeningPort;
import dev.bastion.bootstrap.startup.StartupGuards;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Bastion. With {@code DATABASE_URL} unset, an embedded PostgreSQL is started (data in
 * {@code BASTION_DATA_DIR}, default {@code ./data}) on a thread of its own while the application
 * context starts, the pool waiting for it ({@link EmbeddedPostgresStart}), and stopped after the
 * context, so no request ever meets a database that is going away.
 */
public final class Bastion {

    private static final Logger LOG = LoggerFactory.getLogger(Bastion.class);

    private Bastion() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        List<String> problems = StartupGuards.problems(env);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.error("Refusing to start: {}", problem));
            System.exit(2);
        }
        Optional<String> portProblem = ListeningPort.problem(ListeningPort.of(env));
        if (portProblem.isPresent()) {
            LOG.error("Refusing to start: {}", portProblem.get());
            System.exit(2);
        }
        exitCleanlyOnTerm();
        EmbeddedPostgresStart embedded = null;
        try {
            Path dataFolder = Path.of(isBlank(env.get("BASTION_DATA_DIR")) ? "data" : env.get("BASTION_DATA_DIR"));
            if (isBlank(env.get("DATABASE_URL"))) {
                LOG.info("DATABASE_URL is not set: starting the embedded PostgreSQL in {}",
                        dataFolder.toAbsolutePath().normalize());
                embedded = EmbeddedPostgresStart.begin(dataFolder);
            }
            Micronaut micronaut = Micronaut.build(args).mainClass(Bastion.class).banner(false)
                    .properties(Map.of(JwtSecret.PROPERTY, JwtSecret.resolve(env, dataFolder)));
            AtomicReference<ApplicationContext> started = new AtomicReference<>();
            if (embedded != null) {
                micronaut.properties(embedded.datasourceProperties()).singletons(embedded);
                // Before start(): when the context fails to start, Micronaut ends the JVM itself
                // (System.exit), and only a shutdown hook then still stops the database.
                EmbeddedPostgresStart database = embedded;
                Runtime.getRuntime().addShutdownHook(
                        new Thread(() -> stopAfter(started.get(), database), "embedded-postgres-shutdown"));
            }
            started.set(micronaut.start());
        } catch (EmbeddedPostgresServer.DataFolderInUseException e) {
            LOG.error(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            LOG.error("Bastion did not start: {}", rootMessage(e), e);
            if (embedded != null) {
                embedded.close();
            }
            System.exit(1);
        }
    }

    /**
     * SIGTERM is how supervisors ask a service to stop: the shutdown hooks run as for any exit
     * (graceful shutdown, then the database), and the exit status is 0, not the JVM's 143, since
     * stopping when asked is success.
     */
    private static void exitCleanlyOnTerm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> new Thread(() -> System.exit(0),
                    "sigterm").start());
        } catch (IllegalArgumentException unsupported) {
            LOG.debug("SIGTERM cannot be handled here: the JVM's default applies");
        }
    }

    /**
     * Micronaut's own shutdown hook stops the context (server first, then the connection pool);
     * the database goes only after that, or after 30 s if the context hangs; at once when the
     * context never started ({@code context} null).
     */
    private static void stopAfter(ApplicationContext context, EmbeddedPostgresStart embedded) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (context != null && context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        embedded.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
