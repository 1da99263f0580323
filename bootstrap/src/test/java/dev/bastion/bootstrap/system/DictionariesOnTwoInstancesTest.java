package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.SharedBackends;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one PostgreSQL and one Redis: a dictionary served from B's cache (no
 * database read once warm) changes on B within a second of being changed through A, with a new
 * ETag. Nothing announces it but the change's domain event, through the outbox and the stream.
 */
class DictionariesOnTwoInstancesTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Test
    void aDictionaryChangedOnOneInstanceIsServedChangedByTheOtherWithinASecond() throws SQLException {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(DictionariesOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            Api onB = new Api(b.getURI(), json);
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            String reader = (String) onB.login("admin", ADMIN_PASSWORD).get("accessToken");
            onA.post("/api/v1/dict-types", admin, Map.of("code", "shipping", "name", "Shipping"));
            Api.Reply item = onA.post("/api/v1/dict-items", admin,
                    Map.of("typeCode", "shipping", "label", "Express", "value", "EXPRESS"));
            assertThat(item.status()).as(item.body()).isEqualTo(201);

            HttpResponse<String> warm = items(onB, reader);
            assertThat(warm.body()).contains("\"Express\"");
            String tag = warm.headers().firstValue("ETag").orElseThrow();
            relabelBehindTheApplicationsBack(database, UUID.fromString((String) item.json().get("id")));
            assertThat(items(onB, reader).body()).as("B serves its cache, not the database").contains("\"Express\"");

            Api.Reply changed = onA.send("PUT", "/api/v1/dict-items/" + item.json().get("id"), admin,
                    Map.of("label", "Overnight", "version", 0));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            Instant deadline = Instant.now().plus(Duration.ofSeconds(1));
            HttpResponse<String> seen = items(onB, reader, tag);
            while (seen.statusCode() == 304 && Instant.now().isBefore(deadline)) {
                sleep(20);
                seen = items(onB, reader, tag);
            }
            assertThat(seen.statusCode()).as("B saw the change within a second").isEqualTo(200);
            assertThat(seen.body()).contains("\"Overnight\"");
            assertThat(seen.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        }
    }

    private static HttpResponse<String> items(Api api, String token, String... ifNoneMatch) {
        List<String> headers = new java.util.ArrayList<>(List.of("Authorization", "Bearer " + token));
        for (String tag : ifNoneMatch) {
            headers.add("If-None-Match");
            headers.add(tag);
        }
        return api.http().get("/api/v1/dict-types/shipping/items", headers.toArray(String[]::new));
    }

    /** A change no instance hears of: only a cache that reads the database would show it. */
    private static void relabelBehindTheApplicationsBack(TestPostgres.Database database, UUID item)
            throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "UPDATE dict_items SET label = 'Unheard' WHERE id = ?")) {
            statement.setObject(1, item);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
