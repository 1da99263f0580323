package dev.bastion.adapters.rest.request;

import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class RequestIdFilterTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Exchange send(HttpRequest<?> request) {
        return Exchange.send(client, json, request);
    }

    private static void assertGenerated(String id) {
        assertThat(id).isNotNull();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void saneIncomingIdIsEchoedOnSuccessAndInProblems() {
        String id = "client-42:abc.DEF_9";

        Exchange ok = send(HttpRequest.GET("/probe/ping").header("X-Request-Id", id));
        Exchange notFound = send(HttpRequest.GET("/no/such/path").header("X-Request-Id", id));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("X-Request-Id")).isEqualTo(id);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("X-Request-Id")).isEqualTo(id);
        assertThat(notFound.jsonBody()).containsEntry("requestId", id);
    }

    @Test
    void idOfExactlyTheMaximumLengthIsEchoed() {
        String id = "a".repeat(RequestIds.MAX_LENGTH);

        assertThat(send(HttpRequest.GET("/probe/ping").header("X-Request-Id", id)).header("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void missingIdIsGeneratedAndDiffersPerRequest() {
        Exchange first = send(HttpRequest.GET("/probe/ping"));
        Exchange second = send(HttpRequest.GET("/probe/ping"));

        assertGenerated(first.header("X-Request-Id"));
        assertGenerated(second.header("X-Request-Id"));
        assertThat(first.header("X-Request-Id")).isNotEqualTo(second.header("X-Request-Id"));
    }

    @Test
    void insaneIdsAreReplacedNeverEchoed() {
        List<String> insane = List.of(
                "a".repeat(RequestIds.MAX_LENGTH + 1),
                "has spaces in it",
                "<script>alert(1)</script>",
                "semi;colon",
                "");
        for (String id : insane) {
            Exchange exchange = send(HttpRequest.GET("/no/such/path").header("X-Request-Id", id));

            String answered = exchange.header("X-Request-Id");
            assertThat(answered).as("for %s", id).isNotEqualTo(id);
            assertGenerated(answered);
            assertThat(exchange.jsonBody()).containsEntry("requestId", answered);
            assertThat(exchange.body()).doesNotContain("script", "spaces", "semi");
        }
    }

    @Test
    void idIsOnErrorsFromEveryLayer() {
        List<MutableHttpRequest<?>> requests = List.of(
                HttpRequest.GET("/probe/secure"),                               // security: 401
                HttpRequest.DELETE("/probe/ping"),                              // routing: 405
                HttpRequest.POST("/probe/users", "x".repeat(4096)),             // body size: 413
                HttpRequest.GET("/probe/boom"));                                // handler: 500
        for (MutableHttpRequest<?> request : requests) {
            Exchange exchange = send(request.header("X-Request-Id", "trace-me"));

            assertThat(exchange.status()).as(request.getPath()).isGreaterThanOrEqualTo(400);
            assertThat(exchange.header("X-Request-Id")).as(request.getPath()).isEqualTo("trace-me");
            assertThat(exchange.jsonBody()).as(request.getPath()).containsEntry("requestId", "trace-me");
        }
    }

    @Test
    void mdcCarriesTheIdOffTheEventLoop() {
        Exchange exchange = send(HttpRequest.GET("/probe/mdc").header("X-Request-Id", "mdc-check-1"));

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.jsonBody()).containsEntry("requestId", "mdc-check-1");
        assertThat((String) exchange.jsonBody().get("thread")).doesNotContain("eventLoop");
    }
}
