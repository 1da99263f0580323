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

/**
 * {@code /prometheus} outside the allowed addresses (here none of this host's: the test client
 * connects from 127.0.0.1) is refused unless the scraper sends the configured bearer token.
 */
@MicronautTest(transactional = false)
class MetricsAccessTest extends PostgresTest {

    static final String TOKEN = "scrape-token-for-tests-0123456789";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.metrics.allow", "10.9.8.0/24");
        properties.put("bastion.metrics.token", TOKEN);
        return properties;
    }

    @Test
    void onlyAllowedAddressesOrTheTokenReadTheMetrics() {
        Http http = new Http(server.getURI());

        HttpResponse<String> anonymous = http.get("/prometheus");
        HttpResponse<String> wrongToken = http.get("/prometheus", "Authorization", "Bearer not-the-token");
        HttpResponse<String> spoofed = http.get("/prometheus", "X-Forwarded-For", "10.9.8.7");
        HttpResponse<String> scraper = http.get("/prometheus", "Authorization", "Bearer " + TOKEN);

        for (HttpResponse<String> refused : new HttpResponse[] {anonymous, wrongToken, spoofed}) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"code\":\"FORBIDDEN\"").doesNotContain("jvm_");
        }
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("jvm_memory_used_bytes");
        assertThat(http.get("/health").statusCode()).as("health stays open").isEqualTo(200);
    }
}
