package dev.bastion.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL started in the background: the folder claimed and the port known at once,
 * the pool waiting for the server, a failure of the start surfacing where the server is awaited.
 */
class EmbeddedPostgresStartTest {

    @TempDir
    Path dataFolder;

    @Test
    void theFolderIsClaimedAtOnceAndTheServerComesUpOnThePortChosenBefore() {
        try (EmbeddedPostgresStart start = EmbeddedPostgresStart.begin(dataFolder)) {
            assertThat(start.datasourceProperties())
                    .containsEntry("datasources.default.url", "jdbc:postgresql://localhost:" + start.port() + "/postgres?user=postgres");
            assertThatThrownBy(() -> EmbeddedPostgresStart.begin(dataFolder))
                    .as("a second server on the folder stops on the caller's thread, before anything runs")
                    .isInstanceOf(EmbeddedPostgresServer.DataFolderInUseException.class);

            EmbeddedPostgresServer server = start.await();

            assertThat(server.port()).isEqualTo(start.port());
            assertThat(server.isRunning()).isTrue();
        }
        try (EmbeddedPostgresStart again = EmbeddedPostgresStart.begin(dataFolder)) {
            assertThat(again.await().isRunning()).as("closing released the folder").isTrue();
        }
    }

    @Test
    void theContextsPoolWaitsForTheServerAndFlywayRunsOnIt() throws Exception {
        try (EmbeddedPostgresStart start = EmbeddedPostgresStart.begin(dataFolder)) {
            Map<String, Object> properties = new HashMap<>(start.datasourceProperties());
            try (ApplicationContext context = ApplicationContext.builder().properties(properties)
                    .singletons(start).start()) {
                assertThat(context.isRunning()).isTrue();
                EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
                try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                     Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                    row.next();
                    assertThat(row.getInt(1)).as("Flyway migrated through the pool").isPositive();
                }
                assertThat(context.getBean(EmbeddedPostgresServer.class).port()).isEqualTo(start.port());
            }
        }
    }

    @Test
    void theListenerHoldsThePoolsSettingsUntilTheServerIsUp() throws Exception {
        CompletableFuture<EmbeddedPostgresServer> starting = new CompletableFuture<>();
        DatasourceAwaitsEmbeddedPostgres listener = new DatasourceAwaitsEmbeddedPostgres(
                new EmbeddedPostgresStart(5999, starting));

        CompletableFuture<Object> created = CompletableFuture.supplyAsync(() -> listener.onCreated(null));

        assertThat(created).as("still waiting").isNotDone();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataFolder)) {
            starting.complete(server);
            assertThatThrownBy(() -> created.get(10, TimeUnit.SECONDS))
                    .as("released once the server is up (the null event is then read)")
                    .hasCauseInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void aStartThatFailedIsThrownWhereTheServerIsAwaited() {
        CompletableFuture<EmbeddedPostgresServer> failed = CompletableFuture.failedFuture(
                new IllegalStateException("initdb failed: disk full"));
        EmbeddedPostgresStart start = new EmbeddedPostgresStart(5999, failed);

        assertThatThrownBy(start::await).isInstanceOf(IllegalStateException.class).hasMessage("initdb failed: disk full");
        start.close(); // nothing to stop, no exception
    }
}
