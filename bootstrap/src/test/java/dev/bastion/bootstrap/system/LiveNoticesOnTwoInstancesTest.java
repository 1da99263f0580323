package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.EventStream;
import dev.bastion.bootstrap.testing.EventStream.Received;
import dev.bastion.bootstrap.testing.SharedBackends;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL and one Redis: a reader whose stream is open on B hears, within
 * a second, a notice published through A; a logout through A ends the stream on B.
 */
class LiveNoticesOnTwoInstancesTest {

    private static final String PASSWORD = SharedBackends.ADMIN_PASSWORD;

    @Test
    void aNoticePublishedOnAReachesAStreamOnBWithinASecond() throws Exception {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(LiveNoticesOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            String admin = (String) onA.login("admin", PASSWORD).get("accessToken");
            String reader = (String) onA.login("admin", PASSWORD).get("accessToken");
            Reply ticket = onA.post("/api/v1/auth/notices/stream-ticket", reader, null);

            try (EventStream onB = EventStream.open(b.getURI(),
                    "/api/v1/auth/notices/stream?ticket=" + ticket.json().get("ticket"))) {
                assertThat(onB.response().statusCode()).as("a ticket from A opens a stream on B").isEqualTo(200);
                assertThat(onB.next(Duration.ofSeconds(5))).isEqualTo(new Received("connected", null, null, null));
                Reply draft = onA.post("/api/v1/notices", admin, Map.of("title", "Across instances",
                        "content", "<p>Hello from A</p>", "type", "ANNOUNCEMENT", "audience", Map.of("all", true)));
                String id = (String) draft.json().get("id");

                long published = System.nanoTime();
                assertThat(onA.post("/api/v1/notices/" + id + "/publish", admin, null).status()).isEqualTo(200);
                Received heard = onB.nextEvent(Duration.ofSeconds(5));
                long tookMillis = (System.nanoTime() - published) / 1_000_000;

                assertThat(heard.name()).isEqualTo("notice");
                assertThat(heard.id()).isEqualTo(id);
                assertThat(tookMillis).as("publish on A to the event on B, ms").isLessThan(1_000);

                assertThat(onA.post("/api/v1/auth/logout", reader, null).status()).isEqualTo(204);
                assertThat(onB.nextEvent(Duration.ofSeconds(5))).extracting(Received::name).isEqualTo("session-ended");
                assertThat(onB.nextEvent(Duration.ofSeconds(5))).isEqualTo(EventStream.END);
            }
        }
    }
}
