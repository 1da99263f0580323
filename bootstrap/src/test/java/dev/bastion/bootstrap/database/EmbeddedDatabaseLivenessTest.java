package dev.bastion.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Http;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bastion on its embedded PostgreSQL, wired as {@code Bastion.main} wires it: when the database is
 * killed under it, liveness goes DOWN (so a supervisor restarts the process) and API calls answer
 * 503, never 500.
 */
class EmbeddedDatabaseLivenessTest {

    @TempDir
    Path dataFolder;

    @Test
    void aKilledEmbeddedDatabaseMakesTheProcessNotAlive() throws Exception {
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start(dataFolder)) {
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
            properties.put("bastion.admin.password", "admin-password-for-tests");
            properties.put("micronaut.server.port", "-1");
            properties.put("datasources.default.connection-timeout", "1000");
            properties.put("endpoints.health.details-visible", "ANONYMOUS");
            try (ApplicationContext context = ApplicationContext.builder("test").properties(properties)
                    .singletons(database).start()) {
                Http http = new Http(context.getBean(EmbeddedServer.class).start().getURI());
                assertThat(http.get("/health/liveness").statusCode()).isEqualTo(200);
                assertThat(http.get("/health/liveness").body()).contains("embeddedDatabase");

                long pid = Long.parseLong(Files.readAllLines(database.dataDirectory().resolve("postmaster.pid"))
                        .get(0).strip());
                ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
                postmaster.destroyForcibly();
                postmaster.onExit().get(10, TimeUnit.SECONDS);

                HttpResponse<String> liveness = http.get("/health/liveness");
                assertThat(liveness.statusCode()).isEqualTo(503);
                assertThat(liveness.body()).contains("DOWN");
                long started = System.nanoTime();
                HttpResponse<String> login = http.send("POST", "/api/v1/auth/login", "application/json",
                        "{\"username\":\"admin\",\"password\":\"admin-password-for-tests\"}");
                assertThat(login.statusCode()).as(login.body()).isEqualTo(503);
                assertThat(login.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }
}
