package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The JSON log of real requests: every line one JSON object; the access log line and the security
 * events of a request carry its request id, and those of a signed-in caller their user and
 * session ids; no password or token is ever written.
 */
@MicronautTest(transactional = false)
class LogsEndToEndTest extends ApiTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> appender;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.logs.access", "true");
        return properties;
    }

    @BeforeEach
    void captureJsonLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        BastionLogEncoder encoder = new BastionLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("json");
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @AfterEach
    void stopCapturing() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        String text;
        synchronized (captured) {
            text = captured.toString(StandardCharsets.UTF_8);
        }
        assertThat(text).doesNotContain(ADMIN_PASSWORD).doesNotContain("wrong-password-123");
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(mapper.readTree(line)); // throws on anything that is not one JSON object
            }
        }
        return lines;
    }

    private static List<JsonNode> withRequestId(List<JsonNode> lines, String requestId) {
        return lines.stream().filter(line -> line.has("requestId") && line.get("requestId").asText().equals(requestId))
                .toList();
    }

    private HttpResponse<String> send(String method, String path, String requestId, String token, String body) {
        List<String> headers = new ArrayList<>(List.of("X-Request-Id", requestId, "Accept", "application/json"));
        if (token != null) {
            headers.add("Authorization");
            headers.add("Bearer " + token);
        }
        return api().http().send(method, path, "application/json", body, headers.toArray(String[]::new));
    }

    @Test
    void aRefusedSignInIsOneSecurityLineAndOneAccessLineWithTheRequestId() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/auth/login", "obs-refused-1", null,
                "{\"username\":\"admin\",\"password\":\"wrong-password-123\"}");
        assertThat(refused.statusCode()).isEqualTo(401);

        List<JsonNode> request = withRequestId(lines(), "obs-refused-1");
        assertThat(request).filteredOn(line -> line.get("logger_name").asText().equals("bastion.security"))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("level").asText()).isEqualTo("INFO");
                    assertThat(line.get("message").asText()).contains("wrong_password").contains("'admin'");
                });
        assertThat(request).filteredOn(line -> line.get("logger_name").asText().equals("bastion.access"))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("message").asText())
                            .startsWith("POST /api/v1/auth/login 401 ").endsWith("ms obs-refused-1");
                    assertThat(line.has("userId")).isFalse();
                });
    }

    @Test
    void aForcedLogoutIsLoggedWithTheAdministratorWhoForcedIt() throws Exception {
        Map<String, Object> acting = api().login("admin", ADMIN_PASSWORD);
        String victim = (String) api().login("admin", ADMIN_PASSWORD).get("sessionId");
        String adminId = (String) api().get("/api/v1/auth/me", (String) acting.get("accessToken")).json().get("id");

        HttpResponse<String> forced = send("DELETE", "/api/v1/sessions/" + victim, "obs-forced-1",
                (String) acting.get("accessToken"), "");
        assertThat(forced.statusCode()).isEqualTo(204);

        List<JsonNode> request = withRequestId(lines(), "obs-forced-1");
        assertThat(request).filteredOn(line -> line.get("logger_name").asText().equals("bastion.security"))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("message").asText()).contains(victim).contains("forced logout");
                    assertThat(line.get("userId").asText()).isEqualTo(adminId);
                    assertThat(line.get("sessionId").asText()).isEqualTo(acting.get("sessionId"));
                });
        assertThat(request).filteredOn(line -> line.get("logger_name").asText().equals("bastion.access"))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("message").asText())
                            .startsWith("DELETE /api/v1/sessions/{sessionId} 204 ").doesNotContain(victim);
                    assertThat(line.get("userId").asText()).isEqualTo(adminId);
                });
    }

    @Test
    void aLockoutAndARefreshTokenReuseAreEachOneWarning() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            send("POST", "/api/v1/auth/login", "obs-lock-" + attempt, null,
                    "{\"username\":\"ghost-of-obs\",\"password\":\"wrong-password-123\"}");
        }
        String refreshToken = (String) api().login("admin", ADMIN_PASSWORD).get("refreshToken");
        String body = "{\"refreshToken\":\"" + refreshToken + "\"}";
        assertThat(send("POST", "/api/v1/auth/refresh", "obs-rotate-1", null, body).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/auth/refresh", "obs-reuse-1", null, body).statusCode()).isEqualTo(401);

        List<JsonNode> warnings = lines().stream()
                .filter(line -> line.get("logger_name").asText().equals("bastion.security"))
                .filter(line -> line.get("level").asText().equals("WARN"))
                .toList();
        assertThat(warnings).filteredOn(line -> line.get("message").asText().contains("'ghost-of-obs' locked until"))
                .singleElement().satisfies(line -> assertThat(line.get("requestId").asText()).isEqualTo("obs-lock-5"));
        assertThat(warnings).filteredOn(line -> line.get("message").asText().contains("Refresh token reuse detected"))
                .singleElement().satisfies(line -> assertThat(line.get("requestId").asText()).isEqualTo("obs-reuse-1"));
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(refreshToken);
    }

    @Test
    void aPermissionDeniedIsLoggedWithTheUserAndThePermission() throws Exception {
        String admin = signInAdmin();
        String name = "obs-reader-" + System.nanoTime() % 1_000_000;
        assertThat(api().post("/api/v1/users", admin, Map.of("username", name, "nickname", name,
                "password", "reader-password-123", "deptId", ROOT)).status()).isEqualTo(201);
        Map<String, Object> reader = api().login(name, "reader-password-123");
        String readerId = (String) api().get("/api/v1/auth/me", (String) reader.get("accessToken")).json().get("id");

        assertThat(send("GET", "/api/v1/roles", "obs-denied-1", (String) reader.get("accessToken"), "")
                .statusCode()).isEqualTo(403);

        assertThat(withRequestId(lines(), "obs-denied-1"))
                .filteredOn(line -> line.get("logger_name").asText().equals("bastion.security"))
                .singleElement().satisfies(line -> assertThat(line.get("message").asText())
                        .isEqualTo("Permission denied: user " + readerId + " lacks system:role:list for GET /api/v1/roles"));
    }

    @Test
    void theAccessLogNamesTheRouteNeverThePathOrItsQuery() throws Exception {
        String admin = signInAdmin();
        String adminId = (String) api().get("/api/v1/auth/me", admin).json().get("id");
        assertThat(send("GET", "/api/v1/users/" + adminId + "?token=do-not-log-me", "obs-path-1", admin, "")
                .statusCode()).isEqualTo(200);
        assertThat(send("GET", "/no/such/place?secret=do-not-log-me-either", "obs-path-2", null, "").statusCode())
                .isEqualTo(404);

        List<JsonNode> lines = lines();
        assertThat(withRequestId(lines, "obs-path-1"))
                .filteredOn(line -> line.get("logger_name").asText().equals("bastion.access"))
                .singleElement().satisfies(line -> assertThat(line.get("message").asText())
                        .startsWith("GET /api/v1/users/{id} 200 "));
        assertThat(withRequestId(lines, "obs-path-2"))
                .filteredOn(line -> line.get("logger_name").asText().equals("bastion.access"))
                .singleElement().satisfies(line -> assertThat(line.get("message").asText())
                        .startsWith("GET UNMATCHED_URI 404 "));
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("do-not-log-me")
                .doesNotContain("/no/such/place");
    }
}
