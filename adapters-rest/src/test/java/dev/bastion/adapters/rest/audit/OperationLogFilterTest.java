package dev.bastion.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.testing.Exchange;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.domain.audit.OperationRecord;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the filter hands to the operation log for each kind of request (no database: a recording fake). */
@MicronautTest
class OperationLogFilterTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @BeforeEach
    void forget() {
        FakeUseCases.RECORDED.clear();
    }

    private List<OperationRecord> recorded(String requestId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        List<OperationRecord> found = List.of();
        while (System.nanoTime() < deadline) {
            found = FakeUseCases.RECORDED.stream().filter(r -> r.requestId().equals(requestId)).toList();
            if (!found.isEmpty()) {
                break;
            }
            Thread.onSpinWait();
        }
        return found;
    }

    @Test
    void a_refused_delete_is_recorded_with_its_route_template_target_and_code() {
        UUID session = UUID.randomUUID();
        Exchange answer = Exchange.send(client, json, HttpRequest.DELETE("/api/v1/sessions/" + session)
                .header("X-Request-Id", "filter-1"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(recorded("filter-1")).singleElement().satisfies(r -> {
            assertThat(r.route()).isEqualTo("/api/v1/sessions/{sessionId}");
            assertThat(r.targetId()).isEqualTo(session.toString());
            assertThat(r.module()).isEqualTo("monitor:session");
            assertThat(r.title()).isEqualTo("delete session");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.problemCode()).isEqualTo("UNAUTHORIZED");
            assertThat(r.actorId()).isNull();
            assertThat(r.arguments()).isNull();
        });
    }

    @Test
    void reads_and_sign_in_are_not_recorded() {
        Exchange.send(client, json, HttpRequest.GET("/api/v1/users").header("X-Request-Id", "filter-2"));
        Exchange.send(client, json, HttpRequest.POST("/api/v1/auth/login", Map.of("username", "a", "password", "b"))
                .header("X-Request-Id", "filter-3"));

        assertThat(recorded("filter-2")).isEmpty();
        assertThat(recorded("filter-3")).isEmpty();
    }

    @Test
    void a_file_upload_is_recorded_by_type_and_size_never_by_content() {
        Exchange.send(client, json, HttpRequest.POST("/api/v1/users/import", "username\nsecret-row\n")
                .contentType(MediaType.of("text/csv")).header("X-Request-Id", "filter-4"));

        assertThat(recorded("filter-4")).singleElement().satisfies(r -> {
            assertThat(r.arguments()).isEqualTo("{\"contentType\":\"text/csv\",\"bytes\":20}");
            assertThat(r.title()).isEqualTo("import user");
        });
    }

    @Test
    void the_name_comes_from_the_annotation_then_the_permission_then_the_route() {
        assertThat(OperationLogFilter.Naming.of("system:user:reset-password", "reset user password", null, "PUT", "/x"))
                .isEqualTo(new OperationLogFilter.Naming("system:user", "reset user password"));
        assertThat(OperationLogFilter.Naming.of("system:dict-type:create", null, null, "POST", "/x"))
                .isEqualTo(new OperationLogFilter.Naming("system:dict-type", "create dict type"));
        assertThat(OperationLogFilter.Naming.of(null, null, null, "PUT", "/api/v1/auth/me"))
                .isEqualTo(new OperationLogFilter.Naming("auth", "PUT /auth/me"));
        assertThat(OperationLogFilter.Naming.of(null, null, "custom", "POST", "/api/v1/auth/logout").module())
                .isEqualTo("custom");
    }
}
