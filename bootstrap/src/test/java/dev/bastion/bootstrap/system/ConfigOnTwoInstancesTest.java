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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one PostgreSQL and one Redis: a sign-in policy changed through the API on
 * one applies on the other from its next request, although the other had the policies cached and
 * nobody restarted anything. And across restarts: a built-in nobody changed follows its
 * environment variable, one an operator changed keeps the operator's value.
 */
class ConfigOnTwoInstancesTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Test
    void aLockoutCountChangedOnOneInstanceAppliesOnTheOtherAtTheNextSignIn() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(ConfigOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(a.getURI(), json);
            Api onB = new Api(b.getURI(), json);
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            createUser(onA, admin, "first");
            createUser(onA, admin, "second");
            // B has read (and cached) the policies: with the default of 5, four failures do not lock
            failTimes(onB, "first", 4);
            assertThat(signIn(onB, "first", "first-password-1").status()).isEqualTo(200);

            Api.Reply param = onA.get("/api/v1/configs/security.lockout.max-failures", admin);
            assertThat(param.json()).containsEntry("value", "5");
            Api.Reply changed = onA.send("PUT", "/api/v1/configs/" + param.json().get("id"), admin,
                    Map.of("value", "2", "version", param.json().get("version")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            failTimes(onB, "second", 2);
            Api.Reply locked = signIn(onB, "second", "second-password-1");
            assertThat(locked.status()).as("B locks after the new count: " + locked.body()).isEqualTo(423);
            assertThat(locked.json()).containsEntry("code", "ACCOUNT_LOCKED");
        }
    }

    @Test
    void atEachStartABuiltInNobodyChangedFollowsTheEnvironmentAndAChangedOneStays() {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(ConfigOnTwoInstancesTest.class);
        Map<String, Object> first = SharedBackends.properties(database, keyPrefix);
        first.put("bastion.login.lock-duration", "10m");
        first.put("bastion.login.max-failures", "6");
        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, first, "test")) {
            Api onA = new Api(a.getURI(), a.getApplicationContext().getBean(JsonMapper.class));
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            assertThat(onA.get("/api/v1/configs/security.lockout.duration", admin).json())
                    .containsEntry("value", "10m").containsEntry("overridden", false);
            Api.Reply param = onA.get("/api/v1/configs/security.lockout.max-failures", admin);
            assertThat(onA.send("PUT", "/api/v1/configs/" + param.json().get("id"), admin,
                    Map.of("value", "3", "version", param.json().get("version"))).status()).isEqualTo(200);
        }

        Map<String, Object> second = SharedBackends.properties(database, keyPrefix);
        second.put("bastion.login.lock-duration", "20m");
        second.put("bastion.login.max-failures", "7");
        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, second, "test")) {
            Api onA = new Api(a.getURI(), a.getApplicationContext().getBean(JsonMapper.class));
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            assertThat(onA.get("/api/v1/configs/security.lockout.duration", admin).json())
                    .as("nobody changed it: it follows the environment").containsEntry("value", "20m");
            assertThat(onA.get("/api/v1/configs/security.lockout.max-failures", admin).json())
                    .as("an operator changed it: the operator's value stays")
                    .containsEntry("value", "3").containsEntry("overridden", true);
        }
    }

    private static void createUser(Api api, String admin, String name) {
        Api.Reply created = api.post("/api/v1/users", admin, Map.of("username", name,
                "password", name + "-password-1", "roleIds", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static Api.Reply signIn(Api api, String username, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("username", username, "password", password));
    }

    private static void failTimes(Api api, String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(api, username, "wrong-password").status()).isEqualTo(401);
        }
    }

}
