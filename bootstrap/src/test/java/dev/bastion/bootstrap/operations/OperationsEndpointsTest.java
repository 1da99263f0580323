package dev.bastion.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.bootstrap.testing.Http;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OperationsEndpointsTest extends PostgresTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        // Show indicator details to anonymous callers here only, to see what readiness checks.
        properties.put("endpoints.health.details-visible", "ANONYMOUS");
        return properties;
    }

    private Http http() {
        return new Http(server.getURI());
    }

    @Test
    void healthIsUpWithoutAToken() {
        HttpResponse<String> health = http().get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessIsUp() {
        assertThat(http().get("/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessChecksTheDatabaseAndTheCache() {
        HttpResponse<String> readiness = http().get("/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"jdbc\"").contains("\"cache\"").contains("in-process");
    }

    @Test
    void prometheusServesJvmAndHttpMetrics() {
        http().get("/health");
        HttpResponse<String> metrics = http().get("/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }
}
