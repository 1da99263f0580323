package dev.bastion.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.TcpProxy;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL reached through a proxy the test cuts and restores while departments are being created:
 * nothing answers 500, requests during the cut answer 503 problem+json, readiness goes DOWN, the
 * service recovers by itself, and every department whose creation was acknowledged (201) is there.
 */
class DatabaseOutageTest {

    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String ROOT = "01936f6e-0000-7000-8000-0000000000d1";

    @Test
    void acknowledgedWritesSurviveACutAndTheServiceRecovers() throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        URI jdbc = URI.create(database.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(jdbc.getHost(), jdbc.getPort())) {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("datasources.default.url", database.url().replace(jdbc.getHost() + ":" + jdbc.getPort(),
                    "127.0.0.1:" + proxy.port()));
            properties.put("datasources.default.connection-timeout", "1000");
            properties.put("datasources.default.validation-timeout", "500");
            properties.put("bastion.admin.password", ADMIN_PASSWORD);
            properties.put("bastion.login.rate-per-minute", "1000");
            properties.put("micronaut.server.port", "-1");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
                String admin = (String) api.login("admin", ADMIN_PASSWORD).get("accessToken");

                AtomicBoolean running = new AtomicBoolean(true);
                List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
                List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService writers = Executors.newFixedThreadPool(4);
                List<Future<?>> work = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    work.add(writers.submit(() -> {
                        for (int n = 0; running.get(); n++) {
                            String name = "Outage " + writer + "-" + n;
                            Reply reply = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", name));
                            if (reply.status() == 201) {
                                acknowledged.add((String) reply.json().get("id"));
                            } else if (reply.status() != 503 || !reply.body().contains("SERVICE_UNAVAILABLE")
                                    || !reply.header("Content-Type").startsWith("application/problem+json")) {
                                unexpected.add(reply.toString());
                            }
                        }
                        return null;
                    }));
                }
                Thread.sleep(500);
                proxy.cut();
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                int readiness = 0;
                while (System.nanoTime() < deadline
                        && (readiness = api.http().get("/health/readiness").statusCode()) != 503) {
                    Thread.sleep(100);
                }
                assertThat(readiness).as("readiness DOWN within 5 s").isEqualTo(503);
                assertThat(api.http().get("/health/liveness").statusCode()).isEqualTo(200);
                Thread.sleep(1500);
                proxy.restore();
                Thread.sleep(2500);
                running.set(false);
                for (Future<?> writer : work) {
                    writer.get();
                }
                writers.shutdown();

                assertThat(unexpected).as("answers other than 201 or 503 SERVICE_UNAVAILABLE").isEmpty();
                assertThat(api.http().get("/health/readiness").statusCode()).as("recovered").isEqualTo(200);
                assertThat(api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "After")).status())
                        .isEqualTo(201);
                assertThat(acknowledged).isNotEmpty();
                try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                     ResultSet stored = statement.executeQuery("SELECT id FROM departments")) {
                    List<String> ids = new ArrayList<>();
                    while (stored.next()) {
                        ids.add(stored.getString(1));
                    }
                    assertThat(ids).as("every acknowledged write is stored").containsAll(acknowledged);
                }
                System.out.println("DatabaseOutageTest: " + acknowledged.size() + " departments acknowledged, "
                        + "all stored");
            }
        }
    }
}
