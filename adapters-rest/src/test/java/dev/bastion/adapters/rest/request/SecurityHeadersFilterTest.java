package dev.bastion.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer, routed or not, success or problem, carries the security headers; API answers are never stored. */
@MicronautTest
class SecurityHeadersFilterTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Exchange send(HttpRequest<?> request) {
        return Exchange.send(client, json, request);
    }

    private static void assertHardened(Exchange exchange) {
        assertThat(exchange.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(exchange.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(exchange.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void everyAnswerForbidsSniffingAndFraming() {
        List<Exchange> answers = List.of(send(HttpRequest.GET("/probe/ping")),
                send(HttpRequest.GET("/no/such/path")),
                send(HttpRequest.GET("/docs/index.html")),
                send(HttpRequest.GET("/openapi.yml")),
                send(HttpRequest.GET("/api/v1/auth/me")));

        answers.forEach(SecurityHeadersFilterTest::assertHardened);
        assertThat(answers.get(4).status()).isEqualTo(401);
    }

    @Test
    void tokenAndProfileAnswersAreNeverStored() {
        Exchange login = send(HttpRequest.POST("/api/v1/auth/login", Map.of("username", "nobody",
                "password", "wrong-password")).contentType(MediaType.APPLICATION_JSON));
        Exchange refresh = send(HttpRequest.POST("/api/v1/auth/refresh", Map.of("refreshToken", "x.y"))
                .contentType(MediaType.APPLICATION_JSON));
        Exchange me = send(HttpRequest.GET("/api/v1/auth/me"));

        for (Exchange answer : List.of(login, refresh, me)) {
            assertThat(answer.header("Cache-Control")).as(answer.body()).isEqualTo("no-store");
            assertThat(answer.header("Pragma")).isEqualTo("no-cache");
        }
    }

    @Test
    void pagesOutsideTheApiKeepTheirOwnCaching() {
        assertThat(send(HttpRequest.GET("/probe/ping")).header("Cache-Control")).isNull();
    }
}
