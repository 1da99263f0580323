package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dictionaries through HTTP: administration, the items front ends read (ETag, 304), bad input, access. */
@MicronautTest(transactional = false)
class DictionariesEndToEndTest extends ApiTest {

    @Inject
    UserRepository users;
    @Inject
    PasswordHasher hasher;

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static String freshCode() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Map<String, Object> createType(String code, String name) {
        Reply reply = api.post("/api/v1/dict-types", admin, Map.of("code", code, "name", name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/dict-types/" + reply.json().get("id"));
        return reply.json();
    }

    private Map<String, Object> createItem(String typeCode, String value, int sort, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("typeCode", typeCode, "label", "L " + value,
                "value", value, "sort", sort));
        body.putAll(more);
        Reply reply = api.post("/api/v1/dict-items", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/dict-items/" + reply.json().get("id"));
        return reply.json();
    }

    private String signInPlainUser() {
        User plain = User.register(UserId.newId(), new Username("plain" + System.nanoTime() % 100000), null, null,
                hasher.hash("plain-password-1"), false, Instant.now());
        users.add(plain);
        return (String) api.login(plain.username().value(), "plain-password-1").get("accessToken");
    }

    private HttpResponse<String> items(String code, String token, String... ifNoneMatch) {
        List<String> headers = new java.util.ArrayList<>(List.of("Authorization", "Bearer " + token));
        for (String tag : ifNoneMatch) {
            headers.add("If-None-Match");
            headers.add(tag);
        }
        return api.http().get("/api/v1/dict-types/" + code + "/items", headers.toArray(String[]::new));
    }

    @Test
    void aTypeIsCreatedReadListedAndPatchedButItsCodeNeverChanges() {
        String code = freshCode();
        Map<String, Object> type = createType(code, "Order status");
        assertThat(type).containsEntry("code", code).containsEntry("status", "ENABLED").containsEntry("remark", null)
                .containsEntry("version", 0).containsKeys("id", "createdAt", "updatedAt");
        String path = "/api/v1/dict-types/" + type.get("id");
        assertThat(api.get(path, admin).json()).containsEntry("name", "Order status");

        Reply remarked = api.send("PUT", path, admin, "{\"remark\": \"for orders\", \"version\": 0}");
        assertThat(remarked.status()).as(remarked.body()).isEqualTo(200);
        assertThat(remarked.json()).containsEntry("remark", "for orders").containsEntry("name", "Order status")
                .containsEntry("version", 1);
        Reply stale = api.send("PUT", path, admin, "{\"name\": \"x\", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");
        Reply recoded = api.send("PUT", path, admin, "{\"code\": \"other_code\", \"version\": 1}");
        assertThat(recoded.status()).isEqualTo(400);
        assertThat(recoded.body()).contains("\"field\":\"code\"");
        Reply cleared = api.send("PUT", path, admin, "{\"remark\": null, \"status\": \"DISABLED\", \"version\": 1}");
        assertThat(cleared.json()).containsEntry("remark", null).containsEntry("status", "DISABLED");

        Reply byPrefix = api.get("/api/v1/dict-types?code=" + code.substring(0, 8) + "&status=DISABLED", admin);
        assertThat(byPrefix.status()).isEqualTo(200);
        assertThat(byPrefix.json()).containsKeys("items", "total", "page", "size", "totalPages");
        assertThat(byPrefix.json().get("items").toString()).contains(code);
        Reply byName = api.get("/api/v1/dict-types?name=USER%20STAT", admin);
        assertThat(byName.json().get("items").toString()).contains("user_status").doesNotContain(code);
        Reply seeded = api.get("/api/v1/dict-types?size=100", admin);
        assertThat(seeded.json().get("items").toString()).contains("user_status", "status", "menu_type",
                "data_scope", "notice_type", "notice_level", "notice_status", "config_type", "yes_no");
    }

    @Test
    void theItemsOfACodeAreTheEnabledOnesInOrderWithAnEntityTagThatChangesWithThem() {
        String code = freshCode();
        createType(code, "Colours");
        createItem(code, "RED", 2, Map.of("tag", "danger"));
        Map<String, Object> green = createItem(code, "GREEN", 1, Map.of("tag", "success", "isDefault", true));
        createItem(code, "BLUE", 1, Map.of("status", "DISABLED"));
        createItem(code, "AMBER", 2, Map.of());
        String user = signInPlainUser();

        HttpResponse<String> first = items(code, user);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.body()).containsSubsequence("\"GREEN\"", "\"AMBER\"", "\"RED\"").doesNotContain("BLUE");
        assertThat(first.body()).contains("\"isDefault\":true", "\"tag\":\"success\"");

        assertThat(items(code, user, tag).statusCode()).isEqualTo(304);
        HttpResponse<String> notModified = items(code, user, "\"nope\", W/" + tag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(tag);
        assertThat(items(code, user, "*").statusCode()).isEqualTo(304);
        assertThat(items(code, user, "\"other\"").statusCode()).isEqualTo(200);
        assertThat(items(code, user).headers().firstValue("ETag")).as("same content, same tag").hasValue(tag);

        Reply relabelled = api.send("PUT", "/api/v1/dict-items/" + green.get("id"), admin,
                "{\"label\": \"Go\", \"version\": 0}");
        assertThat(relabelled.status()).as(relabelled.body()).isEqualTo(200);
        HttpResponse<String> changed = items(code, user, tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"Go\"");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);

        Reply admin = api.get("/api/v1/dict-items?typeCode=" + code, this.admin);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.jsonArray()).hasSize(4);
        assertThat(admin.body()).containsSubsequence("\"BLUE\"", "\"GREEN\"", "\"AMBER\"", "\"RED\"");
    }

    @Test
    void anUnknownOrDisabledTypeIsNotFoundAndTheSeededOnesAreServed() {
        String user = signInPlainUser();
        String code = freshCode();
        Map<String, Object> type = createType(code, "Soon disabled");
        assertThat(items(code, user).statusCode()).isEqualTo(200);
        api.send("PUT", "/api/v1/dict-types/" + type.get("id"), admin, "{\"status\": \"DISABLED\", \"version\": 0}");

        assertThat(items(code, user).statusCode()).isEqualTo(404);
        assertThat(items("no_such_dictionary", user).statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = items("Not-A-Code", user);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"code\"");
        HttpResponse<String> statuses = items("user_status", user);
        assertThat(statuses.statusCode()).isEqualTo(200);
        assertThat(statuses.body()).containsSubsequence("\"ENABLED\"", "\"DISABLED\"");
        assertThat(api.get("/api/v1/dict-types/user_status/items", null).status()).isEqualTo(401);
    }

    @Test
    void deletingATypeWithItemsNeedsCascadeAndThenTakesThemAll() {
        String code = freshCode();
        Map<String, Object> type = createType(code, "Doomed");
        Map<String, Object> item = createItem(code, "A", 0, Map.of());
        createItem(code, "B", 1, Map.of());
        String path = "/api/v1/dict-types/" + type.get("id");

        Reply refused = api.send("DELETE", path, admin, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("code", "CONFLICT");
        Reply badCascade = api.send("DELETE", path + "?cascade=yes", admin, null);
        assertThat(badCascade.status()).isEqualTo(400);
        assertThat(badCascade.body()).contains("\"field\":\"cascade\"");
        assertThat(api.send("DELETE", path + "?cascade=true", admin, null).status()).isEqualTo(204);
        assertThat(api.get(path, admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dict-items?typeCode=" + code, admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/dict-items/" + item.get("id"), admin, null).status()).isEqualTo(404);

        Map<String, Object> again = createType(code, "Reborn");
        assertThat(api.get("/api/v1/dict-items?typeCode=" + code, admin).jsonArray()).isEmpty();
        assertThat(api.send("DELETE", "/api/v1/dict-types/" + again.get("id"), admin, null).status()).isEqualTo(204);
    }

    @Test
    void anItemCanBeChangedAndDeletedButNeverMoved() {
        String code = freshCode();
        createType(code, "Items");
        Map<String, Object> item = createItem(code, "X", 0, Map.of("tag", "info", "remark", "r"));
        String path = "/api/v1/dict-items/" + item.get("id");

        Reply moved = api.send("PUT", path, admin, "{\"typeCode\": \"user_status\", \"version\": 0}");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body()).contains("\"field\":\"typeCode\"");
        Reply cleared = api.send("PUT", path, admin, "{\"tag\": null, \"remark\": \"\", \"sort\": 7, \"version\": 0}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json()).containsEntry("tag", null).containsEntry("remark", null).containsEntry("sort", 7)
                .containsEntry("value", "X").containsEntry("typeCode", code).containsEntry("version", 1);
        Reply noValue = api.send("PUT", path, admin, "{\"value\": null, \"version\": 1}");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.body()).contains("\"field\":\"value\"");
        assertThat(api.send("DELETE", path, admin, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", path, admin, null).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/dict-items/" + UUID.randomUUID(), admin, "{\"version\": 0}").status())
                .isEqualTo(404);
    }

    @Test
    void duplicatesAreConflictsNamingTheField() {
        String code = freshCode();
        createType(code, "Unique");
        Map<String, Object> first = createItem(code, "V", 0, Map.of("isDefault", true));
        Map<String, Object> second = createItem(code, "W", 1, Map.of());

        Reply sameCode = api.post("/api/v1/dict-types", admin, Map.of("code", code, "name", "Again"));
        Reply sameValue = api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "again", "value", "V"));
        Reply secondDefault = api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "d", "value", "D", "isDefault", true));
        Reply renamedOnto = api.send("PUT", "/api/v1/dict-items/" + second.get("id"), admin,
                "{\"value\": \"V\", \"version\": 0}");
        Reply defaultOnto = api.send("PUT", "/api/v1/dict-items/" + second.get("id"), admin,
                "{\"isDefault\": true, \"version\": 0}");

        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.body()).contains("\"field\":\"code\"");
        for (Reply reply : List.of(sameValue, renamedOnto)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.body()).contains("\"field\":\"value\"");
        }
        for (Reply reply : List.of(secondDefault, defaultOnto)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.body()).contains("\"field\":\"isDefault\"");
        }
        // switching the default: clear, then set
        assertThat(api.send("PUT", "/api/v1/dict-items/" + first.get("id"), admin,
                "{\"isDefault\": false, \"version\": 0}").status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/dict-items/" + second.get("id"), admin,
                "{\"isDefault\": true, \"version\": 0}").status()).isEqualTo(200);
        // the same value in another type is fine
        String other = freshCode();
        createType(other, "Other");
        createItem(other, "V", 0, Map.of("isDefault", true));
    }

    @Test
    void badInputIsNamed() {
        String code = freshCode();
        createType(code, "Bad input");
        Map<String, Reply> byField = new LinkedHashMap<>();
        byField.put("code", api.post("/api/v1/dict-types", admin, Map.of("code", "Bad-Code", "name", "x")));
        byField.put("code#short", api.post("/api/v1/dict-types", admin, Map.of("code", "a", "name", "x")));
        byField.put("name", api.post("/api/v1/dict-types", admin, Map.of("code", freshCode(), "name", "n".repeat(65))));
        byField.put("name#missing", api.post("/api/v1/dict-types", admin, Map.of("code", freshCode())));
        byField.put("name#control", api.post("/api/v1/dict-types", admin,
                Map.of("code", freshCode(), "name", "a\u0007b")));
        byField.put("status", api.post("/api/v1/dict-types", admin,
                Map.of("code", freshCode(), "name", "x", "status", "MAYBE")));
        byField.put("remark", api.post("/api/v1/dict-types", admin,
                Map.of("code", freshCode(), "name", "x", "remark", "r".repeat(501))));
        byField.put("typeCode", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", "no_such_type", "label", "l", "value", "v")));
        byField.put("typeCode#malformed", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", "No Such", "label", "l", "value", "v")));
        byField.put("label", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "l".repeat(65), "value", "v")));
        byField.put("value", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "l", "value", "v".repeat(101))));
        byField.put("value#blank", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "l", "value", "  ")));
        byField.put("tag", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "l", "value", "v", "tag", "purple")));
        byField.put("sort", api.post("/api/v1/dict-items", admin,
                Map.of("typeCode", code, "label", "l", "value", "v", "sort", -1)));
        byField.put("version", api.send("PUT", "/api/v1/dict-items/" + UUID.randomUUID(), admin, Map.of("label", "x")));
        byField.put("typeCode#missing", api.get("/api/v1/dict-items", admin));
        byField.put("id", api.get("/api/v1/dict-types/42", admin));
        byField.put("size", api.get("/api/v1/dict-types?size=101", admin));
        byField.put("status#filter", api.get("/api/v1/dict-types?status=ON", admin));

        byField.forEach((field, reply) -> {
            assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
            String name = field.contains("#") ? field.substring(0, field.indexOf('#')) : field;
            assertThat(reply.body()).as(field).contains("\"field\":\"" + name + "\"");
        });
        assertThat(byField.get("tag").body()).contains("default, primary, success, info, warning, danger");
        assertThat(api.get("/api/v1/dict-items?typeCode=no_such_type", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dict-types/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void administrationNeedsThePermissionAndReadingOnlyASignIn() {
        String user = signInPlainUser();
        String someId = UUID.randomUUID().toString();

        List<Reply> forbidden = List.of(api.get("/api/v1/dict-types", user),
                api.get("/api/v1/dict-types/" + someId, user),
                api.post("/api/v1/dict-types", user, Map.of("code", "")),
                api.send("PUT", "/api/v1/dict-types/" + someId, user, Map.of()),
                api.send("DELETE", "/api/v1/dict-types/" + someId, user, null),
                api.get("/api/v1/dict-items?typeCode=user_status", user),
                api.post("/api/v1/dict-items", user, Map.of()),
                api.send("PUT", "/api/v1/dict-items/" + someId, user, Map.of()),
                api.send("DELETE", "/api/v1/dict-items/" + someId, user, null));
        forbidden.forEach(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(403));
        assertThat(api.get("/api/v1/dict-types", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/dict-items", null, Map.of()).status()).isEqualTo(401);
        assertThat(items("user_status", user).statusCode()).isEqualTo(200);
    }
}
