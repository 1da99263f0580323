package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in and refresh attempts per client address are limited; the answer says when to retry. */
@MicronautTest(transactional = false)
class LoginRateLimitTest extends ApiTest {


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.login.rate-per-minute", "3");
        return properties;
    }

    @Test
    void theFourthAttemptInAMinuteIsTooManyWithRetryAfter() {
        Api api = api();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "wrong-" + i))
                    .status()).isEqualTo(401);
        }

        Reply limited = api.post("/api/v1/auth/login", null,
                Map.of("username", "admin", "password", ADMIN_PASSWORD));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json()).containsEntry("code", "RATE_LIMITED");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        Reply refresh = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", "x"));
        assertThat(refresh.status()).as("refresh has its own budget").isEqualTo(401);
    }
}
