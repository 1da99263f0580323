package dev.bastion.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run against, chosen once per JVM: {@code BASTION_TEST_DATABASE_URL}
 * when set (CI points it at the machine's server), else a Testcontainers container when a
 * Docker engine answers, else an embedded PostgreSQL. Every caller of {@link #freshSchema}
 * gets a schema of its own, so no two test classes ever see each other's rows.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "BASTION_TEST_DATABASE_URL";

    private static Server server;

    private TestPostgres() {
    }

    /** A new empty schema; its URL makes it the connection's current schema (Flyway migrates into it). */
    public static synchronized Database freshSchema() {
        Server s = server();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(s.url(), s.user(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + s.describe(), e);
        }
        String separator = s.url().contains("?") ? "&" : "?";
        return new Database(s.url() + separator + "currentSchema=" + schema, s.user(), s.password(), schema,
                s.describe());
    }

    /** Where the tests' PostgreSQL comes from, for test reports. */
    public static synchronized String describe() {
        return server().describe();
    }

    private static Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Server(url, env("BASTION_TEST_DATABASE_USER", "postgres"),
                    env("BASTION_TEST_DATABASE_PASSWORD", ""), "external " + url);
        }
        if (dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + container.getDockerImageName());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }));
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "embedded PostgreSQL on port " + embedded.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL for tests: set " + URL_VARIABLE
                    + ", start a Docker engine, or allow the embedded one to start", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String url, String user, String password, String describe) {
    }

    /** One test class's database: a private schema on the shared server. */
    public record Database(String url, String user, String password, String schema, String server) {

        /** Micronaut properties pointing the default datasource (and Flyway) at this schema. */
        public Map<String, String> properties() {
            return Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", user,
                    "datasources.default.password", password,
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "flyway.datasources.default.enabled", "true");
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
