package dev.bastion.bootstrap.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The menu tree through HTTP, the built-in entries, and each caller's own menus. */
@MicronautTest(transactional = false)
class MenusEndToEndTest extends ApiTest {

    static final String SYSTEM = "01936f6e-0000-7000-8000-000000000100";
    static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private Map<String, Object> create(Map<String, Object> body) {
        Reply reply = api.post("/api/v1/menus", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/menus/" + reply.json().get("id"));
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> flatten(List<?> nodes) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object node : nodes) {
            Map<String, Object> entry = (Map<String, Object>) node;
            all.add(entry);
            all.addAll(flatten((List<?>) entry.get("children")));
        }
        return all;
    }

    @Test
    void everyPermissionAnEndpointRequiresIsGrantedByABuiltInEntry() {
        String openApi = api.http().get("/openapi.yml").body();
        Set<String> required = new TreeSet<>();
        Matcher matcher = Pattern.compile("x-permission: (\\S+)").matcher(openApi);
        while (matcher.find()) {
            required.add(matcher.group(1).replace("\"", ""));
        }
        Set<String> granted = new TreeSet<>();
        flatten(api.get("/api/v1/menus", admin).jsonArray()).forEach(m -> {
            if (m.get("permission") != null) {
                granted.add((String) m.get("permission"));
            }
        });

        assertThat(required).isNotEmpty().contains("system:role:create", "system:menu:delete");
        assertThat(granted).containsAll(required);
    }

    @Test
    void theTreeOrdersSiblingsBySortAndNestsButtonsUnderMenus() {
        List<Map<String, Object>> roots = new ArrayList<>();
        api.get("/api/v1/menus", admin).jsonArray().forEach(r -> roots.add(castMap(r)));

        assertThat(roots).extracting(r -> r.get("name")).startsWith("System", "Monitor");
        List<?> system = (List<?>) roots.get(0).get("children");
        assertThat(names(system)).startsWith("Users", "Roles", "Menus", "Departments");
        Map<String, Object> users = castMap(system.get(0));
        assertThat(((List<?>) users.get("children")).stream().map(b -> castMap(b).get("type")).toList())
                .containsOnly("BUTTON");
        assertThat(api.get("/api/v1/menus/" + USERS_MENU, admin).json()).doesNotContainKey("children")
                .containsEntry("permission", "system:user:list").containsEntry("parentId", SYSTEM);
    }

    @Test
    void entriesFitOnlyWhereTheirTypeBelongsAndNeverInACycle() {
        Map<String, Object> dir = create(Map.of("name", "Reports", "type", "DIRECTORY", "path", "/reports"));
        Map<String, Object> sub = create(Map.of("parentId", dir.get("id"), "name", "Yearly", "type", "DIRECTORY",
                "path", "yearly"));

        assertField(api.post("/api/v1/menus", admin, Map.of("name", "Orphan", "type", "BUTTON",
                "permission", "report:year:print")), 400, "parentId");
        assertField(api.post("/api/v1/menus", admin, Map.of("parentId", UUID.randomUUID().toString(), "name", "X",
                "type", "MENU", "path", "x")), 400, "parentId");
        assertField(api.post("/api/v1/menus", admin, Map.of("name", "X", "type", "WIDGET", "path", "x")), 400, "type");
        assertField(api.post("/api/v1/menus", admin, Map.of("name", "X", "type", "MENU")), 400, "path");
        assertField(api.post("/api/v1/menus", admin, Map.of("name", "X", "type", "MENU", "path", "x",
                "permission", "Not A Code")), 400, "permission");
        assertField(api.post("/api/v1/menus", admin, Map.of("name", "X", "type", "MENU", "path", "x",
                "permission", "*")), 400, "permission");
        assertField(api.send("PUT", "/api/v1/menus/" + dir.get("id"), admin,
                Map.of("parentId", sub.get("id"), "version", 0)), 409, "parentId");
        assertThat(api.send("DELETE", "/api/v1/menus/" + dir.get("id"), admin, null).status()).isEqualTo(409);

        Reply moved = api.send("PUT", "/api/v1/menus/" + sub.get("id"), admin, Map.of("parentId", "", "version", 0));
        assertThat(moved.json()).containsEntry("parentId", null).containsEntry("version", 1);
        assertThat(api.send("PUT", "/api/v1/menus/" + sub.get("id"), admin, Map.of("name", "Old", "version", 0))
                .json()).containsEntry("code", "VERSION_CONFLICT");
        assertThat(api.send("DELETE", "/api/v1/menus/" + dir.get("id"), admin, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/menus/" + dir.get("id"), admin).status()).isEqualTo(404);
    }

    @Test
    void aPermissionIsUniqueAmongSiblings() {
        create(Map.of("parentId", USERS_MENU, "name", "Merge", "type", "BUTTON", "permission", "system:user:merge"));

        assertField(api.post("/api/v1/menus", admin, Map.of("parentId", USERS_MENU, "name", "Merge again",
                "type", "BUTTON", "permission", "system:user:merge")), 409, "permission");
    }

    @Test
    void anEntryARoleGrantsCannotBeDeleted() {
        Map<String, Object> button = create(Map.of("parentId", USERS_MENU, "name", "Tag", "type", "BUTTON",
                "permission", "system:user:tag"));
        api.post("/api/v1/roles", admin, Map.of("code", "tagger_" + UUID.randomUUID().toString().substring(0, 4),
                "name", "Tagger", "menuIds", List.of(button.get("id"))));

        assertThat(api.send("DELETE", "/api/v1/menus/" + button.get("id"), admin, null).status()).isEqualTo(409);
    }

    @Test
    void ownMenusAreTheGrantedDirectoriesAndMenusWithoutButtons() {
        List<Map<String, Object>> all = flatten(api.get("/api/v1/auth/menus", admin).jsonArray());
        assertThat(all).isNotEmpty().extracting(m -> m.get("type")).doesNotContain("BUTTON");
        assertThat(all).extracting(m -> m.get("id")).contains(SYSTEM, USERS_MENU);

        Map<String, Object> role = api.post("/api/v1/roles", admin, Map.of(
                "code", "navigator_" + UUID.randomUUID().toString().substring(0, 4), "name", "Navigator",
                "menuIds", List.of(USERS_MENU))).json();
        String name = "nav" + UUID.randomUUID().toString().substring(0, 6);
        api.post("/api/v1/users", admin, Map.of("username", name, "password", "navigator-pass-1",
                "roleIds", List.of(role.get("id"))));
        String token = (String) api.login(name, "navigator-pass-1").get("accessToken");

        List<?> own = api.get("/api/v1/auth/menus", token).jsonArray();
        assertThat(own).hasSize(1);
        Map<String, Object> system = castMap(own.get(0));
        assertThat(system).containsEntry("id", SYSTEM);
        assertThat(((List<?>) system.get("children")).stream().map(m -> castMap(m).get("id")).toList())
                .containsExactly(USERS_MENU);
        assertThat((List<?>) castMap(((List<?>) system.get("children")).get(0)).get("children")).isEmpty();
        assertThat(api.get("/api/v1/auth/menus", null).status()).isEqualTo(401);
    }

    @Test
    void ownMenusFollowAChangeOfTheRoleOrOfAnEntryAtTheNextRequest() {
        Map<String, Object> entry = create(Map.of("parentId", SYSTEM, "name", "Followed", "type", "MENU",
                "path", "/followed", "sort", 999_100));
        Map<String, Object> role = api.post("/api/v1/roles", admin, Map.of(
                "code", "follower_" + UUID.randomUUID().toString().substring(0, 4), "name", "Follower",
                "menuIds", List.of(USERS_MENU))).json();
        String name = "fol" + UUID.randomUUID().toString().substring(0, 6);
        api.post("/api/v1/users", admin, Map.of("username", name, "password", "follower-pass-1",
                "roleIds", List.of(role.get("id"))));
        String token = (String) api.login(name, "follower-pass-1").get("accessToken");
        assertThat(flatten(api.get("/api/v1/auth/menus", token).jsonArray())).extracting(m -> m.get("id"))
                .containsExactly(SYSTEM, USERS_MENU);

        Reply granted = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin,
                Map.of("menuIds", List.of(USERS_MENU, entry.get("id")), "version", 0));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(flatten(api.get("/api/v1/auth/menus", token).jsonArray())).extracting(m -> m.get("name"))
                .contains("Followed");

        Reply renamed = api.send("PUT", "/api/v1/menus/" + entry.get("id"), admin,
                Map.of("name", "Renamed", "version", entry.get("version")));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(flatten(api.get("/api/v1/auth/menus", token).jsonArray())).extracting(m -> m.get("name"))
                .contains("Renamed").doesNotContain("Followed");
    }

    private static List<Object> names(List<?> nodes) {
        return nodes.stream().map(node -> castMap(node).get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return new HashMap<>((Map<String, Object>) value);
    }

    private static void assertField(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.body()).as(reply.body()).contains("\"field\":\"" + field + "\"");
    }
    @Test
    void anUpdateChangesWhatItSendsAndANullClearsWhatMayBeEmpty() {
        Map<String, Object> dir = create(Map.of("name", "Patch dir", "type", "DIRECTORY", "path", "/patch-dir",
                "sort", 999_000)); // after the built-in entries other tests expect first
        Map<String, Object> entry = create(Map.of("parentId", dir.get("id"), "name", "Patched", "type", "MENU",
                "path", "/patched", "component", "patch/Index", "icon", "star", "sort", 999_001));
        String path = "/api/v1/menus/" + entry.get("id");

        Reply renamed = api.send("PUT", path, admin, "{\"name\": \"Patched 2\", \"version\": 0}");
        Reply cleared = api.send("PUT", path, admin,
                "{\"icon\": null, \"component\": null, \"parentId\": null, \"version\": 1}");
        Reply unnamed = api.send("PUT", path, admin, "{\"name\": null, \"version\": 2}");

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", "Patched 2").containsEntry("parentId", dir.get("id"))
                .containsEntry("icon", "star").containsEntry("component", "patch/Index").containsEntry("sort", 999_001);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json()).containsEntry("icon", null).containsEntry("component", null)
                .containsEntry("parentId", null).containsEntry("name", "Patched 2").containsEntry("path", "/patched");
        assertField(unnamed, 400, "name");
    }
}
