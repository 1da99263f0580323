package dev.bastion.bootstrap.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.SharedBackends;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one PostgreSQL and one Redis: the cache monitor shows Redis, key names are
 * listed with SCAN under the instances' prefix, and a cache cleared through A is empty on B by the
 * time A answers 204 (every instance acknowledges the clear before it returns).
 */
class MonitorOnTwoInstancesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cache(Api api, String token, String name) {
        Reply reply = api.get("/api/v1/monitor/cache", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) reply.json().get("caches")).stream()
                .filter(cache -> name.equals(cache.get("name"))).findFirst().orElseThrow();
    }

    private static long entries(Api api, String token, String name) {
        return ((Number) cache(api, token, name).get("entries")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCacheClearedThroughOneInstanceIsEmptyOnTheOther() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(MonitorOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            Api onB = new Api(b.getURI(), json);
            String adminOnA = (String) onA.login("admin", SharedBackends.ADMIN_PASSWORD).get("accessToken");
            String adminOnB = (String) onB.login("admin", SharedBackends.ADMIN_PASSWORD).get("accessToken");

            Reply status = onA.get("/api/v1/monitor/cache", adminOnA);
            assertThat(status.json()).containsEntry("backend", "redis");
            assertThat((Map<String, Object>) status.json().get("redis")).containsKeys("version", "mode",
                    "usedMemoryBytes", "hitRatio", "databases", "topCommands");
            assertThat((List<Map<String, Object>>) status.json().get("caches")).extracting(c -> c.get("name"))
                    .containsExactly("access", "dictionaries", "session-checks", "sign-in-policies", "users");

            Reply keys = onA.get("/api/v1/monitor/cache/keys?prefix=" + keyPrefix, adminOnA);
            assertThat(keys.status()).as(keys.body()).isEqualTo(200);
            assertThat((List<String>) keys.json().get("keys")).contains(keyPrefix + "events")
                    .allMatch(key -> key.startsWith(keyPrefix));

            Reply items = onB.get("/api/v1/dict-types/user_status/items", adminOnB);
            assertThat(items.status()).as(items.body()).isEqualTo(200);
            assertThat(entries(onB, adminOnB, "dictionaries")).as("B holds the dictionary").isEqualTo(1);
            assertThat(entries(onB, adminOnB, "session-checks")).as("B holds its session check").isPositive();

            assertThat(onA.send("DELETE", "/api/v1/monitor/cache/dictionaries", adminOnA, null).status()).isEqualTo(204);
            assertThat(entries(onB, adminOnB, "dictionaries")).as("emptied on B before A answered").isZero();

            assertThat(entries(onB, adminOnB, "sign-in-policies")).as("B read the policies to sign in").isEqualTo(1);
            assertThat(onA.send("DELETE", "/api/v1/monitor/cache/sign-in-policies", adminOnA, null).status())
                    .isEqualTo(204);
            assertThat(entries(onB, adminOnB, "sign-in-policies")).isZero();

            Reply unknown = onA.send("DELETE", "/api/v1/monitor/cache/no-such-cache", adminOnA, null);
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
            assertThat((String) unknown.json().get("detail")).contains("no-such-cache");
        }
    }
}
