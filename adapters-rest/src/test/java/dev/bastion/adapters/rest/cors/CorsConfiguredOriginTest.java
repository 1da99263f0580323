package dev.bastion.adapters.rest.cors;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code BASTION_CORS_ORIGINS} lists two origins (written with a space after the comma, as people
 * do): those two are allowed, nothing else.
 */
@MicronautTest
@Property(name = "BASTION_CORS_ORIGINS", value = "https://app.example, https://admin.example")
class CorsConfiguredOriginTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Exchange preflight(String origin) {
        return Exchange.send(client, json, HttpRequest.OPTIONS("/probe/ping")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization"));
    }

    @Test
    void configuredOriginsPassPreflight() {
        for (String origin : new String[]{"https://app.example", "https://admin.example"}) {
            Exchange exchange = preflight(origin);

            assertThat(exchange.status()).as(origin).isEqualTo(200);
            assertThat(exchange.header("Access-Control-Allow-Origin")).isEqualTo(origin);
            assertThat(exchange.header("Access-Control-Allow-Methods")).contains("GET");
            assertThat(exchange.header("X-Request-Id")).isNotNull();
        }
    }

    @Test
    void configuredOriginGetsAllowOriginOnTheActualRequest() {
        Exchange exchange = Exchange.send(client, json, HttpRequest.GET("/probe/ping").header("Origin", "https://app.example"));

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        assertThat(exchange.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
        assertThat(exchange.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void otherOriginsStillGetNothing() {
        Exchange exchange = preflight("https://evil.example");

        assertThat(exchange.header("Access-Control-Allow-Origin")).isNull();
    }
}
