package dev.bastion.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operation log through HTTP: what a request leaves in it, verification, export, who may read it. */
@MicronautTest(transactional = false)
class OperationLogEndToEndTest extends ApiTest {

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static String tag() {
        return "o" + UUID.randomUUID().toString().substring(0, 6);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String query) {
        Reply reply = api.get("/api/v1/logs/operations?size=100" + query, admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    /** The entry of the request {@code requestId}, once the writer has stored it (it is queued, not written inline). */
    private Map<String, Object> entryOf(Reply reply) {
        String requestId = reply.header("X-Request-Id");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> found = entries("").stream()
                    .filter(e -> requestId.equals(e.get("requestId"))).toList();
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            sleep();
        }
        throw new AssertionError("no operation-log entry for request " + requestId);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A GET as a client would send it: CSV asked for from an export, JSON otherwise. */
    private Reply get(String path, String token) {
        if (!path.contains("/export")) {
            return api.get(path, token);
        }
        return new Reply(token == null ? api.http().get(path, "Accept", "text/csv")
                : api.http().get(path, "Accept", "text/csv", "Authorization", "Bearer " + token), json);
    }

    private String createUser(String username, String password) {
        Reply created = api.post("/api/v1/users", admin, Map.of("username", username, "password", password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    @Test
    void creating_a_user_is_logged_once_with_the_password_masked_and_the_actor_named() {
        String username = tag();
        Reply created = api.post("/api/v1/users", admin, Map.of("username", username, "password", "Very-secret-123"));
        assertThat(created.status()).isEqualTo(201);

        Map<String, Object> entry = entryOf(created);

        assertThat(entry).containsEntry("method", "POST").containsEntry("route", "/api/v1/users")
                .containsEntry("module", "system:user").containsEntry("title", "create user")
                .containsEntry("actorUsername", "admin").containsEntry("status", 201)
                .containsEntry("outcome", "SUCCESS").containsEntry("clientAddress", "127.0.0.1");
        assertThat(entry.get("actorId")).isNotNull();
        assertThat(entry.get("sessionId")).isNotNull();
        assertThat((String) entry.get("arguments")).contains("\"username\":\"" + username + "\"", "\"password\":\"***\"")
                .startsWith("{").endsWith("}").doesNotContain("Very-secret-123");
        assertThat(entry.get("problemCode")).isNull();
        assertThat(api.get("/api/v1/logs/operations/" + entry.get("id"), admin).json()).isEqualTo(entry);
    }

    @Test
    void an_update_records_the_route_template_and_the_target_and_a_conflict_its_code() {
        String id = createUser(tag(), "Very-secret-123");

        Reply updated = api.send("PUT", "/api/v1/users/" + id, admin, Map.of("nickname", "New name", "version", 0));
        Reply stale = api.send("PUT", "/api/v1/users/" + id, admin, Map.of("nickname", "Other", "version", 0));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(entryOf(updated)).containsEntry("route", "/api/v1/users/{id}").containsEntry("targetId", id)
                .containsEntry("title", "update user").containsEntry("status", 200);
        assertThat(entryOf(stale)).containsEntry("status", 409).containsEntry("outcome", "FAILURE")
                .containsEntry("problemCode", "VERSION_CONFLICT");
    }

    @Test
    void refused_requests_are_logged_with_their_code_and_a_sign_in_is_not() {
        String username = tag();
        createUser(username, "Reader-pass-12345");
        String reader = (String) api.login(username, "Reader-pass-12345").get("accessToken");

        Reply forbidden = api.post("/api/v1/users", reader, Map.of("username", tag(), "password", "Whatever-123456"));
        Reply invalid = api.post("/api/v1/users", admin, Map.of("username", "", "password", "x", "token", "t0ken"));
        Reply anonymous = api.send("DELETE", "/api/v1/users/" + UUID.randomUUID(), null, null);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(entryOf(forbidden)).containsEntry("status", 403).containsEntry("problemCode", "FORBIDDEN")
                .containsEntry("actorUsername", username);
        Map<String, Object> rejected = entryOf(invalid);
        assertThat(rejected).containsEntry("status", 400).containsEntry("problemCode", "VALIDATION_ERROR");
        assertThat((String) rejected.get("arguments")).contains("\"password\":\"***\"", "\"token\":\"***\"")
                .doesNotContain("t0ken");
        assertThat(entryOf(anonymous)).containsEntry("status", 401).containsEntry("actorId", null)
                .containsEntry("route", "/api/v1/users/{id}");
        assertThat(entries("&route=/api/v1/auth/login")).isEmpty();
        assertThat(entries("&actor=" + username + "&outcome=FAILURE")).extracting(e -> e.get("status")).contains(403);
    }

    @Test
    void verification_passes_then_names_a_row_edited_with_sql() throws SQLException {
        Reply created = api.post("/api/v1/users", admin, Map.of("username", tag(), "password", "Very-secret-123"));
        Map<String, Object> entry = entryOf(created);
        Map<String, Object> verified = api.get("/api/v1/logs/operations/verify", admin).json();
        assertThat(verified.get("firstBroken")).isNull();
        assertThat(((Number) verified.get("verified")).longValue()).isPositive();

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE operation_log SET status = 204 WHERE id = '" + entry.get("id") + "'");
        }
        try {
            Map<String, Object> broken = api.get("/api/v1/logs/operations/verify", admin).json();
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) broken.get("firstBroken");
            assertThat(first).containsEntry("id", entry.get("id")).containsEntry("found", entry.get("hash"));
            assertThat(first.get("expected")).isNotEqualTo(entry.get("hash"));
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE operation_log SET status = 201 WHERE id = '" + entry.get("id") + "'");
            }
        }
        assertThat(api.get("/api/v1/logs/operations/verify", admin).json().get("firstBroken")).isNull();
    }

    @Test
    void the_exports_are_csv_with_the_filters_applied() {
        String username = tag();
        Reply created = api.post("/api/v1/users", admin, Map.of("username", username, "password", "Very-secret-123"));
        Map<String, Object> entry = entryOf(created);

        HttpResponse<String> operations = api.http().get("/api/v1/logs/operations/export?route=/api/v1/users&status=201",
                "Authorization", "Bearer " + admin, "Accept", "text/csv");
        HttpResponse<String> logins = api.http().get("/api/v1/logs/logins/export?username=admin",
                "Authorization", "Bearer " + admin, "Accept", "text/csv");

        assertThat(operations.statusCode()).isEqualTo(200);
        assertThat(operations.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = List.of(operations.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("id,at,actorId,actorUsername,sessionId,clientAddress,userAgent,method,route,"
                + "targetId,module,title,arguments,status,outcome,problemCode,durationMillis,requestId,previousHash,hash");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(entry.get("id") + ",")
                .contains(",admin,", ",POST,/api/v1/users,", "\"\"username\"\":\"\"" + username + "\"\"",
                        "\"\"password\"\":\"\"***\"\"",
                        ",201,SUCCESS,", (String) entry.get("hash")));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",201,SUCCESS,"));
        assertThat(logins.statusCode()).isEqualTo(200);
        assertThat(logins.body()).startsWith("id,at,username,ip,userAgent,outcome\r\n").contains(",admin,127.0.0.1,");
    }

    @Test
    void bad_filters_are_refused_naming_the_parameter() {
        Map<String, String> bad = Map.of("status=abc", "status", "status=99", "status", "outcome=MAYBE", "outcome",
                "from=yesterday", "from", "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to",
                "actor=" + "a".repeat(65), "actor");
        bad.forEach((query, field) -> {
            for (String path : List.of("/api/v1/logs/operations?", "/api/v1/logs/operations/export?")) {
                Reply reply = get(path + query, admin);
                assertThat(reply.status()).as(path + query).isEqualTo(400);
                assertThat(reply.body()).as(path + query).contains("\"field\":\"" + field + "\"");
            }
        });
        assertThat(api.get("/api/v1/logs/operations?size=0", admin).body()).contains("\"field\":\"size\"");
        assertThat(api.get("/api/v1/logs/operations/verify?from=soon", admin).body()).contains("\"field\":\"from\"");
        assertThat(api.get("/api/v1/logs/operations/nope", admin).body()).contains("\"field\":\"id\"");
        assertThat(api.get("/api/v1/logs/operations/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(get("/api/v1/logs/logins/export?outcome=NOPE", admin).body()).contains("\"field\":\"outcome\"");
    }

    @Test
    void only_holders_of_the_permissions_read_the_logs() {
        String username = tag();
        createUser(username, "Reader-pass-12345");
        String nobody = (String) api.login(username, "Reader-pass-12345").get("accessToken");

        Predicate<String> refused = path -> get(path, nobody).status() == 403 && get(path, null).status() == 401;
        assertThat(List.of("/api/v1/logs/operations", "/api/v1/logs/operations/" + UUID.randomUUID(),
                "/api/v1/logs/operations/verify", "/api/v1/logs/operations/export", "/api/v1/logs/logins/export"))
                .allMatch(refused);
    }
}
