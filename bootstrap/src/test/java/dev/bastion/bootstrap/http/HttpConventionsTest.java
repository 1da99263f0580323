package dev.bastion.bootstrap.http;

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

/** The error rows of API.md that the foundation can produce, through the whole application. */
@MicronautTest(transactional = false)
class HttpConventionsTest extends PostgresTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.server.max-request-size", "2KB");
        return properties;
    }

    private Http http() {
        return new Http(server.getURI());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(PROBLEM_JSON);
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"code\":\"" + code + "\"")
                .contains("\"requestId\":\"")
                .contains("\"type\":\"https://bastion.dev/problems/");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void anUnknownPathIsNotFoundWithoutAToken() {
        assertProblem(http().get("/api/v1/no-such-thing"), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownPathIsNotFoundWithAToken() {
        assertProblem(http().get("/api/v1/no-such-thing", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"),
                404, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithAllow() {
        HttpResponse<String> response = http().send("DELETE", "/health", null, "");

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow")).get().asString().contains("GET");
    }

    @Test
    void malformedJsonIsAValidationErrorWithoutParserText() {
        HttpResponse<String> response = http().send("POST", "/test-only/probe", "application/json", "{\"username\": ");

        assertProblem(response, 400, "VALIDATION_ERROR");
        assertThat(response.body()).doesNotContain("jackson").doesNotContain("Exception").doesNotContain("line:");
    }

    @Test
    void invalidFieldsAreNamed() {
        HttpResponse<String> response = http().send("POST", "/test-only/probe", "application/json",
                "{\"username\":\"\",\"email\":\"not-an-email\"}");

        assertProblem(response, 400, "VALIDATION_ERROR");
        assertThat(response.body()).contains("\"field\":\"username\"").contains("\"field\":\"email\"");
    }

    @Test
    void aValidBodyPasses() {
        HttpResponse<String> response = http().send("POST", "/test-only/probe", "application/json",
                "{\"username\":\"alice\",\"email\":\"alice@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedMediaType() {
        assertProblem(http().send("POST", "/test-only/probe", "text/plain", "username=alice"),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyOverTheLimitIsPayloadTooLarge() {
        String big = "{\"username\":\"" + "a".repeat(4096) + "\"}";

        assertProblem(http().send("POST", "/test-only/probe", "application/json", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatLeaksNothing() {
        HttpResponse<String> response = http().get("/test-only/probe/failure");

        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("SELECT").doesNotContain("password_hash")
                .doesNotContain("IllegalStateException").doesNotContain("at dev.bastion");
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnInsaneOneReplaced() {
        HttpResponse<String> echoed = http().get("/health", "X-Request-Id", "trace-42.a:b_c");
        HttpResponse<String> replaced = http().get("/api/v1/nothing", "X-Request-Id", "x".repeat(129));

        assertThat(echoed.headers().firstValue("X-Request-Id")).contains("trace-42.a:b_c");
        assertThat(replaced.headers().firstValue("X-Request-Id")).get().asString().hasSizeLessThanOrEqualTo(128)
                .isNotEqualTo("x".repeat(129));
        assertThat(replaced.body()).contains(replaced.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void corsIsClosedUnlessOriginsAreConfigured() {
        HttpResponse<String> preflight = http().send(http().request("/health",
                        "Origin", "https://evil.example", "Access-Control-Request-Method", "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theOpenApiDocumentAndTheDocsPageAreServed() {
        HttpResponse<String> document = http().get("/openapi.yml");
        HttpResponse<String> docs = http().get("/docs");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi: 3").contains("title: Bastion");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).containsIgnoringCase("swagger");
    }
}
