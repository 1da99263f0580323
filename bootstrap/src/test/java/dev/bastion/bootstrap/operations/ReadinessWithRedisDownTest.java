package dev.bastion.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.bootstrap.testing.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured Redis that does not answer: not ready, still alive, and sign-in fails closed (503). */
@MicronautTest(transactional = false)
class ReadinessWithRedisDownTest extends PostgresTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("redis.uri", "redis://127.0.0.1:1/0");
        properties.put("redis.timeout", "500ms");
        return properties;
    }

    @Test
    void readinessIsDownAndLivenessIsUp() {
        Http http = new Http(server.getURI());

        HttpResponse<String> readiness = http.get("/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(http.get("/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void signInFailsClosedWithServiceUnavailable() {
        HttpResponse<String> login = new Http(server.getURI()).send("POST", "/api/v1/auth/login", "application/json",
                "{\"username\":\"admin\",\"password\":\"whatever-password\"}");

        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
    }
}
