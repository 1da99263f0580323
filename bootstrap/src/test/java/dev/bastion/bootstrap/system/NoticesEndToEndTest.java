package dev.bastion.bootstrap.system;

import static dev.bastion.bootstrap.system.NoticeWorld.toUsers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notices through HTTP, as their administrators write them: CRUD, the state machine, sanitising, bad input. */
@MicronautTest(transactional = false)
class NoticesEndToEndTest extends ApiTest {

    private Api api;
    private String admin;
    private NoticeWorld world;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
        world = new NoticeWorld(api, admin);
    }

    private Map<String, Object> body() {
        return new HashMap<>(world.body(NoticeWorld.audience(true, List.of(), List.of(), List.of())));
    }

    private Reply createWith(String field, Object value) {
        Map<String, Object> body = body();
        body.put(field, value);
        return world.create(admin, body);
    }

    /** A body of name-value pairs, nulls allowed. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static void assertInvalid(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("code", "VALIDATION_ERROR");
        assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aNoticeIsWrittenReadListedEditedAndDeletedAsADraft() {
        Reply created = world.create(admin, body());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> notice = created.json();
        String id = (String) notice.get("id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/notices/" + id);
        assertThat(notice).containsEntry("status", "DRAFT").containsEntry("level", "INFO")
                .containsEntry("type", "ANNOUNCEMENT").containsEntry("version", 0).containsEntry("publishedAt", null)
                .containsKeys("createdBy", "createdAt", "updatedAt", "publishAt", "expiresAt");
        assertThat(notice.get("audience")).isEqualTo(Map.of("all", true, "roleIds", List.of(), "deptIds", List.of(),
                "userIds", List.of()));
        assertThat(api.get("/api/v1/notices/" + id, admin).json()).containsEntry("title", world.tag + " maintenance");

        Reply listed = api.get("/api/v1/notices?status=DRAFT&type=ANNOUNCEMENT&title=" + world.tag.toUpperCase(), admin);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(((List<?>) listed.json().get("items")).stream().map(n -> ((Map<?, ?>) n).get("id"))
                .map(Object.class::cast).toList()).containsExactly(id);
        assertThat((List<?>) api.get("/api/v1/notices?status=PUBLISHED&title=" + world.tag, admin).json().get("items"))
                .isEmpty();

        Reply edited = api.send("PUT", "/api/v1/notices/" + id, admin, Map.of("level", "CRITICAL",
                "publishAt", "2099-01-01T00:00:00Z", "version", 0));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json()).containsEntry("level", "CRITICAL").containsEntry("publishAt", "2099-01-01T00:00:00Z")
                .containsEntry("title", world.tag + " maintenance").containsEntry("version", 1);
        Reply stale = api.send("PUT", "/api/v1/notices/" + id, admin, Map.of("title", "Stale", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");
        Reply cleared = api.send("PUT", "/api/v1/notices/" + id, admin, fields("publishAt", null, "version", 1));
        assertThat(cleared.json()).containsEntry("publishAt", null);
        Reply nullTitle = api.send("PUT", "/api/v1/notices/" + id, admin, fields("title", null, "version", 2));
        assertInvalid(nullTitle, "title");

        assertThat(api.send("DELETE", "/api/v1/notices/" + id, admin, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/notices/" + id, admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/notices/" + id, admin, null).status()).isEqualTo(404);
    }

    @Test
    void theStateMachineRefusesEveryIllegalTransitionNamingBothStates() {
        String id = (String) world.create(admin, body()).json().get("id");
        assertThat(api.post("/api/v1/notices/" + id + "/revoke", admin, null))
                .satisfies(reply -> assertConflict(reply, "DRAFT", "PUBLISHED"));
        Reply published = api.post("/api/v1/notices/" + id + "/publish", admin, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json()).containsEntry("status", "PUBLISHED").containsEntry("version", 1);
        assertThat(published.json().get("publishedAt")).isNotNull();
        assertConflict(api.post("/api/v1/notices/" + id + "/publish", admin, null), "PUBLISHED", "DRAFT");
        assertConflict(api.send("PUT", "/api/v1/notices/" + id, admin, Map.of("title", "x", "version", 1)),
                "PUBLISHED", "DRAFT");
        assertConflict(api.send("DELETE", "/api/v1/notices/" + id, admin, null), "PUBLISHED", "DRAFT");
        Reply revoked = api.post("/api/v1/notices/" + id + "/revoke", admin, null);
        assertThat(revoked.json()).containsEntry("status", "REVOKED");
        assertConflict(api.post("/api/v1/notices/" + id + "/revoke", admin, null), "REVOKED", "PUBLISHED");
        assertConflict(api.post("/api/v1/notices/" + id + "/publish", admin, null), "REVOKED", "DRAFT");
        assertThat(api.post("/api/v1/notices/" + UUID.randomUUID() + "/publish", admin, null).status()).isEqualTo(404);
    }

    private static void assertConflict(Reply reply, String state, String needed) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json()).containsEntry("code", "CONFLICT");
        assertThat((String) reply.json().get("detail")).contains(state).contains(needed);
    }

    @Test
    void anExpiredDraftIsNotPublished() {
        Map<String, Object> body = body();
        body.put("expiresAt", Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString());
        String id = (String) world.create(admin, body).json().get("id");
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reply reply = api.post("/api/v1/notices/" + id + "/publish", admin, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat((String) reply.json().get("detail")).contains("expired");
    }

    @Test
    void unsafeMarkupIsRemovedBeforeTheContentIsStoredAndTheAnswerShowsWhatWasKept() {
        Reply reply = createWith("content", "<h2 style=\"color:red\">Hello</h2><p onclick=\"steal()\">Read "
                + "<a href=\"javascript:alert(1)\">this</a> and <a href=\"https://bastion.dev/x\">that</a></p>"
                + "<script>alert(document.cookie)</script><img src=\"x\" onerror=\"alert(1)\"><ul><li><em>ok</em></li></ul>");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String content = (String) reply.json().get("content");
        assertThat(content).doesNotContain("script", "onclick", "onerror", "javascript", "style", "steal", "cookie")
                .contains("<h2>Hello</h2>", "<em>ok</em>", "<li>",
                        "href=\"https://bastion.dev/x\"", "nofollow", "noopener", "noreferrer");
        assertThat(api.get("/api/v1/notices/" + reply.json().get("id"), admin).json()).containsEntry("content", content);
    }

    @Test
    void everyKindOfBadInputIsRefusedNamingTheField() {
        assertInvalid(createWith("content", "<script>alert(1)</script>"), "content");
        assertInvalid(createWith("content", "<p>" + "x".repeat(20_001) + "</p>"), "content");
        assertInvalid(createWith("title", "x".repeat(101)), "title");
        assertInvalid(createWith("title", "   "), "title");
        Reply type = createWith("type", "MEMO");
        assertInvalid(type, "type");
        assertThat(type.body()).contains("ANNOUNCEMENT").contains("NOTIFICATION");
        Reply level = createWith("level", "LOUD");
        assertInvalid(level, "level");
        assertThat(level.body()).contains("INFO").contains("WARNING").contains("CRITICAL");
        Map<String, Object> timed = body();
        timed.put("publishAt", "2099-01-01T10:00:00Z");
        timed.put("expiresAt", "2099-01-01T10:00:00Z");
        assertInvalid(world.create(admin, timed), "expiresAt");
        assertInvalid(createWith("audience", NoticeWorld.audience(false, List.of(), List.of(), List.of())), "audience");
        assertInvalid(createWith("audience", NoticeWorld.audience(false,
                List.of("01936f6e-0000-7000-8000-000000000002", UUID.randomUUID().toString()), List.of(), List.of())),
                "audience.roleIds[1]");
        assertInvalid(createWith("audience", NoticeWorld.toDepts(ROOT, UUID.randomUUID().toString())),
                "audience.deptIds[1]");
        assertInvalid(createWith("audience", toUsers(UUID.randomUUID().toString())), "audience.userIds[0]");
        assertInvalid(createWith("audience", toUsers("not-an-id")), "audience.userIds[0]");
        assertInvalid(createWith("publishAt", "tomorrow"), "publishAt");
        assertInvalid(createWith("audience", null), "audience");
        assertInvalid(createWith("audience", Map.of("all", "yes")), "audience.all");
        assertInvalid(createWith("audience", toUsers(java.util.Collections.nCopies(501, ROOT).toArray(String[]::new))),
                "audience.userIds");
        Map<String, Object> noType = body();
        noType.remove("type");
        assertInvalid(world.create(admin, noType), "type");
        assertInvalid(api.get("/api/v1/notices?type=MEMO", admin), "type");
        assertInvalid(api.get("/api/v1/notices?status=GONE", admin), "status");
        assertInvalid(api.get("/api/v1/notices?sort=title,asc", admin), "sort");
        assertInvalid(api.get("/api/v1/notices/not-an-id", admin), "id");
        assertThat(api.get("/api/v1/notices/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void withoutThePermissionEveryAdministrativeOperationIsForbidden() {
        String plain = world.user("plain", ROOT);
        String token = world.signIn("plain");
        String id = world.draft(toUsers(plain));
        assertThat(api.get("/api/v1/notices", token).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/notices/" + id, token).status()).isEqualTo(403);
        assertThat(world.create(token, body()).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/notices/" + id, token, Map.of("version", 0)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/notices/" + id, token, null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/notices/" + id + "/publish", token, null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/notices/" + id + "/revoke", token, null).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/notices", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/notices", null).status()).isEqualTo(401);
    }
}
