package dev.bastion.adapters.rest.cors;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code BASTION_CORS_ORIGINS} unset: no origin is allowed, not even a plausible one. */
@MicronautTest
class CorsClosedByDefaultTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    HttpServerConfiguration.CorsConfiguration cors;

    @Test
    void theConfiguredOriginListMatchesNothing() {
        CorsOriginConfiguration web = cors.getConfigurations().get("web");

        assertThat(cors.isEnabled()).isTrue();
        assertThat(web.getAllowedOrigins()).isNotSameAs(CorsOriginConfiguration.ANY)
                .allSatisfy(origin -> assertThat(origin).isBlank());
        assertThat(web.getAllowedOriginsRegex()).isEmpty();
    }

    @Test
    void preflightFromAnyOriginGetsNoAllowOrigin() {
        for (String origin : new String[]{"https://evil.example", "https://app.example"}) {
            Exchange exchange = Exchange.send(client, json, HttpRequest.OPTIONS("/probe/ping")
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET"));

            assertThat(exchange.header("Access-Control-Allow-Origin")).as(origin).isNull();
            assertThat(exchange.header("Access-Control-Allow-Methods")).as(origin).isNull();
            assertThat(exchange.header("Access-Control-Allow-Credentials")).as(origin).isNull();
            assertThat(exchange.header("X-Request-Id")).isNotNull();
            assertForbiddenProblem(exchange);
        }
    }

    @Test
    void crossOriginRequestGetsNoAllowOrigin() {
        Exchange exchange = Exchange.send(client, json, HttpRequest.GET("/probe/ping").header("Origin", "https://evil.example"));

        assertThat(exchange.header("Access-Control-Allow-Origin")).isNull();
        assertForbiddenProblem(exchange);
    }

    /**
     * With no matching configuration, Micronaut refuses cross-origin calls to a server it reaches as
     * localhost outright (drive-by-localhost protection) with a bare 403: it still gets a problem body.
     */
    private static void assertForbiddenProblem(Exchange exchange) {
        assertThat(exchange.status()).isEqualTo(403);
        assertThat(exchange.contentType()).startsWith("application/problem+json");
        assertThat(exchange.jsonBody()).containsEntry("code", "FORBIDDEN").containsEntry("status", 403)
                .containsEntry("requestId", exchange.header("X-Request-Id"));
    }
}
