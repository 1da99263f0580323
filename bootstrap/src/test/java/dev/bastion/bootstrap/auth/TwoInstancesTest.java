package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one PostgreSQL and one Redis: a logout or a forced logout on one is
 * refused on the other at the very next request.
 */
class TwoInstancesTest {

    @Test
    void aSessionEndedOnOneInstanceIsDeadOnTheOther() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("redis.uri", TestRedis.uri().get());
        properties.put("bastion.redis.key-prefix", TestRedis.keyPrefix(TwoInstancesTest.class));
        properties.put("bastion.admin.password", "admin-password-for-tests");
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        properties.put("micronaut.server.port", "-1");

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            Api onB = new Api(b.getURI(), json);
            String admin = (String) onA.login("admin", "admin-password-for-tests").get("accessToken");
            Map<String, Object> victim = onA.login("admin", "admin-password-for-tests");
            String victimToken = (String) victim.get("accessToken");
            assertThat(onB.get("/api/v1/auth/me", victimToken).status()).as("B sees A's session").isEqualTo(200);

            assertThat(onA.send("DELETE", "/api/v1/sessions/" + victim.get("sessionId"), admin, null).status())
                    .isEqualTo(204);

            assertThat(onB.get("/api/v1/auth/me", victimToken).status()).isEqualTo(401);
            assertThat(onB.post("/api/v1/auth/logout", admin, null).status()).isEqualTo(204);
            assertThat(onA.get("/api/v1/auth/me", admin).status()).isEqualTo(401);
        }
    }
}
