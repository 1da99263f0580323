package dev.bastion.adapters.rest.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import dev.bastion.adapters.rest.security.AccessTokens;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ProblemResponsesTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    AccessTokens accessTokens;

    private Exchange send(HttpRequest<?> request) {
        return Exchange.send(client, json, request);
    }

    /** The invariant shape of every problem: status, code, type, title, instance, request id, content type. */
    private static Map<String, Object> assertProblem(Exchange exchange, int status, String code, String path) {
        assertThat(exchange.status()).as(exchange.body()).isEqualTo(status);
        assertThat(exchange.contentType()).startsWith("application/problem+json");
        Map<String, Object> body = exchange.jsonBody();
        assertThat(body).containsEntry("status", status)
                .containsEntry("code", code)
                .containsEntry("type", "https://bastion.dev/problems/" + code.toLowerCase().replace('_', '-'))
                .containsEntry("instance", path)
                .containsKeys("title", "detail", "requestId");
        assertThat(body.keySet()).isSubsetOf("type", "title", "status", "detail", "instance", "code", "requestId", "errors");
        assertThat((String) body.get("title")).isNotBlank();
        assertThat((String) body.get("detail")).isNotBlank();
        assertThat(body.get("requestId")).isEqualTo(exchange.header("X-Request-Id")).isNotNull();
        return body;
    }

    private static void assertNoInternals(Exchange exchange) {
        assertThat(exchange.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("dev.bastion", "io.micronaut", "com.fasterxml", "java.lang")
                .doesNotContain("Unexpected character", "line:", "column:", "at [Source", "\tat ");
    }

    @Test
    void malformedJsonIs400ValidationErrorWithoutParserText() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", "{\"username\": \"alice\", ")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        Map<String, Object> body = assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
        assertThat(body).containsEntry("title", "Validation failed")
                .containsEntry("detail", "The request body is not valid JSON");
        assertThat(exchange.errors()).extracting(error -> error.get("field")).containsExactly("body");
        assertNoInternals(exchange);
    }

    @Test
    void missingBodyIs400NamingTheBody() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", "").contentType(MediaType.APPLICATION_JSON_TYPE));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
        assertThat(exchange.errors()).extracting(error -> error.get("field")).containsExactly("body");
        assertNoInternals(exchange);
    }

    @Test
    void wronglyTypedOrUnknownEnumBodyValueIs400NamingTheField() {
        Exchange wrongType = send(HttpRequest.POST("/probe/users",
                "{\"username\":\"alice\",\"email\":\"a@example.com\",\"address\":{\"city\":\"Oslo\"},\"age\":\"old\"}"));
        Exchange unknownEnum = send(HttpRequest.POST("/probe/users",
                "{\"username\":\"alice\",\"email\":\"a@example.com\",\"address\":{\"city\":\"Oslo\"},\"plan\":\"GOLD\"}"));

        for (Exchange exchange : List.of(wrongType, unknownEnum)) {
            assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
            assertNoInternals(exchange);
        }
        assertThat(wrongType.errors()).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", "age").containsEntry("message", "must be an integer from -2147483648 to 2147483647"));
        assertThat(unknownEnum.errors()).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", "plan").containsEntry("message", "must be one of FREE, PRO"));
    }

    @Test
    void beanValidationNamesTheJsonFieldsOfTheBody() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", Map.of(
                "username", "al",
                "email", "not-an-email",
                "display_name", "much too long",
                "address", Map.of("city", " ", "zip", "12345678901"),
                "tags", List.of("ok", ""))));

        Map<String, Object> body = assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
        assertThat(body).containsEntry("title", "Validation failed").containsEntry("detail", "6 fields are invalid");
        assertThat(exchange.errors()).extracting(error -> error.get("field"))
                .containsExactly("address.city", "address.zip", "display_name", "email", "tags[1]", "username");
        assertThat(exchange.errors()).contains(Map.of("field", "email", "message", "must be a well-formed email address"));
        assertThat(exchange.body()).doesNotContain("create.", "request.", "SignUp", "displayName");
    }

    @Test
    void severalViolationsOfOneFieldCountAsOneInvalidField() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", Map.of(
                "username", " ", "email", "alice@example.com", "address", Map.of("city", "Oslo"))));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
        assertThat(exchange.jsonBody()).containsEntry("detail", "1 field is invalid");
        assertThat(exchange.errors()).extracting(error -> error.get("field")).containsExactly("username", "username");
    }

    @Test
    void missingRequiredNestedObjectIsNamed() {
        Exchange exchange = send(HttpRequest.POST("/probe/users",
                Map.of("username", "alice", "email", "alice@example.com")));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/users");
        assertThat(exchange.errors()).containsExactly(Map.of("field", "address", "message", "must not be null"));
    }

    @Test
    void validBodyPasses() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", Map.of(
                "username", "alice", "email", "alice@example.com", "address", Map.of("city", "Oslo"))));

        assertThat(exchange.status()).as(exchange.body()).isEqualTo(201);
    }

    @Test
    void queryParameterOutOfRangeNamesTheParameter() {
        Exchange tooBig = send(HttpRequest.GET("/probe/page?size=101"));
        Exchange tooSmall = send(HttpRequest.GET("/probe/page?size=0"));

        assertProblem(tooBig, 400, "VALIDATION_ERROR", "/probe/page");
        assertThat(tooBig.errors()).containsExactly(Map.of("field", "size", "message", "must be less than or equal to 100"));
        assertThat(tooBig.jsonBody()).containsEntry("detail", "1 field is invalid");
        assertProblem(tooSmall, 400, "VALIDATION_ERROR", "/probe/page");
        assertThat(tooSmall.errors()).containsExactly(Map.of("field", "size", "message", "must be greater than or equal to 1"));
    }

    @Test
    void queryParameterThatDoesNotConvertIs400NamingIt() {
        // not hex: the body's random request id could contain "abc"
        Exchange exchange = send(HttpRequest.GET("/probe/page?size=xyz"));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/page");
        assertThat(exchange.errors()).containsExactly(Map.of("field", "size", "message", "must be an integer"));
        assertThat(exchange.body()).doesNotContain("pageSize", "xyz", "For input string");
        assertNoInternals(exchange);
    }

    @Test
    void missingQueryParameterIs400NamingIt() {
        Exchange exchange = send(HttpRequest.GET("/probe/page"));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/page");
        assertThat(exchange.errors()).containsExactly(Map.of("field", "size", "message", "is required"));
        assertNoInternals(exchange);
    }

    @Test
    void pathVariableThatDoesNotConvertIs400NamingIt() {
        Exchange exchange = send(HttpRequest.GET("/probe/items/not-a-uuid"));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/items/not-a-uuid");
        assertThat(exchange.errors()).containsExactly(Map.of("field", "id", "message", "must be a UUID"));
    }

    @Test
    void unknownPathIs404WithOrWithoutAToken() {
        Exchange anonymous = send(HttpRequest.GET("/api/v1/no-such-thing"));
        Exchange garbageToken = send(HttpRequest.GET("/api/v1/no-such-thing").bearerAuth("garbage"));

        for (Exchange exchange : List.of(anonymous, garbageToken)) {
            Map<String, Object> body = assertProblem(exchange, 404, "NOT_FOUND", "/api/v1/no-such-thing");
            assertThat(body).containsEntry("title", "Not found").doesNotContainKey("errors");
        }
    }

    @Test
    void wrongMethodIs405KeepingAllow() {
        Exchange exchange = send(HttpRequest.DELETE("/probe/ping"));

        assertProblem(exchange, 405, "METHOD_NOT_ALLOWED", "/probe/ping");
        assertThat(exchange.header("Allow")).contains("GET");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "{\"username\":\"" + "x".repeat(200_000) + "\"}";
        Exchange exchange = send(HttpRequest.POST("/probe/users", big).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertProblem(exchange, 413, "PAYLOAD_TOO_LARGE", "/probe/users");
    }

    @Test
    void nonJsonBodyIs415() {
        Exchange exchange = send(HttpRequest.POST("/probe/users", "username=alice").contentType(MediaType.TEXT_PLAIN_TYPE));

        assertProblem(exchange, 415, "UNSUPPORTED_MEDIA_TYPE", "/probe/users");
        assertNoInternals(exchange);
    }

    @Test
    void domainValidationErrorIs400NamingTheField() {
        Exchange exchange = send(HttpRequest.GET("/probe/domain/invalid"));

        assertProblem(exchange, 400, "VALIDATION_ERROR", "/probe/domain/invalid");
        assertThat(exchange.errors()).containsExactly(Map.of("field", "email", "message", "must be a well-formed email address"));
    }

    @Test
    void domainNotFoundIs404() {
        Exchange exchange = send(HttpRequest.GET("/probe/domain/not-found"));

        Map<String, Object> body = assertProblem(exchange, 404, "NOT_FOUND", "/probe/domain/not-found");
        assertThat(body).containsEntry("detail", "User not found").doesNotContainKey("errors");
    }

    @Test
    void domainConflictsAre409() {
        Exchange field = send(HttpRequest.GET("/probe/domain/conflict-field"));
        Exchange state = send(HttpRequest.GET("/probe/domain/conflict-state"));
        Exchange version = send(HttpRequest.GET("/probe/domain/version"));

        assertThat(assertProblem(field, 409, "CONFLICT", "/probe/domain/conflict-field"))
                .containsEntry("title", "Conflict").containsEntry("detail", "username is already taken");
        assertThat(field.errors()).containsExactly(Map.of("field", "username", "message", "username is already taken"));
        assertThat(assertProblem(state, 409, "CONFLICT", "/probe/domain/conflict-state"))
                .containsEntry("detail", "department still has members").doesNotContainKey("errors");
        assertThat(assertProblem(version, 409, "VERSION_CONFLICT", "/probe/domain/version"))
                .containsEntry("title", "Version conflict").doesNotContainKey("errors");
    }

    @Test
    void unexpectedExceptionIs500WithACleanBodyAndAFullLogLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedExceptionHandler.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing(); // capture the MDC of the logging thread
                super.append(event);
            }
        };
        appender.start();
        logger.addAppender(appender);
        try {
            Exchange exchange = send(HttpRequest.GET("/probe/boom"));

            Map<String, Object> body = assertProblem(exchange, 500, "INTERNAL_ERROR", "/probe/boom");
            assertThat(body).containsEntry("title", "Internal error").doesNotContainKey("errors");
            assertThat(exchange.body()).doesNotContain("SELECT", "secret", "RuntimeException", "ProbeController");
            assertNoInternals(exchange);

            assertThat(appender.list).hasSize(1);
            ILoggingEvent event = appender.list.get(0);
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getMDCPropertyMap()).containsEntry("requestId", exchange.header("X-Request-Id"));
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("SELECT secret FROM users");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(RuntimeException.class.getName());
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void missingOrInvalidTokenIs401() {
        Exchange none = send(HttpRequest.GET("/probe/secure"));
        Exchange garbage = send(HttpRequest.GET("/probe/secure").bearerAuth("garbage"));

        for (Exchange exchange : List.of(none, garbage)) {
            Map<String, Object> body = assertProblem(exchange, 401, "UNAUTHORIZED", "/probe/secure");
            assertThat(body).containsEntry("title", "Unauthorized");
        }
    }

    @Test
    void authenticatedWithoutTheRoleIs403AndWithATokenTheRouteWorks() {
        UserId alice = UserId.newId();
        SessionId session = SessionId.newId();
        FakeUseCases.LIVE.add(session);
        String token = accessTokens.mint(alice, session, Instant.now());

        Exchange secure = send(HttpRequest.GET("/probe/secure").bearerAuth(token));
        Exchange admin = send(HttpRequest.GET("/probe/admin").bearerAuth(token));

        assertThat(secure.status()).isEqualTo(200);
        assertThat(secure.jsonBody()).containsEntry("user", alice.toString());
        assertThat(assertProblem(admin, 403, "FORBIDDEN", "/probe/admin")).containsEntry("title", "Forbidden");
    }

    @Test
    void browsersGetAnHtmlPageBuiltFromTheProblem() {
        Exchange exchange = send(HttpRequest.GET("/nothing/%3Cscript%3E").accept(MediaType.TEXT_HTML_TYPE));

        assertThat(exchange.status()).isEqualTo(404);
        assertThat(exchange.contentType()).startsWith("text/html");
        assertThat(exchange.body()).contains("404 Not found", "The requested resource does not exist",
                exchange.header("X-Request-Id")).doesNotContain("<script>");
    }

    @Test
    void notAcceptableIsAProblemToo() {
        Exchange exchange = send(HttpRequest.GET("/probe/ping").accept(MediaType.APPLICATION_XML_TYPE));

        assertProblem(exchange, 406, "NOT_ACCEPTABLE", "/probe/ping");
    }
}
