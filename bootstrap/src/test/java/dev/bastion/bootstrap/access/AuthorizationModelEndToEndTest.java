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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization model through HTTP (API.md, "Authorization model"): the four ways a partial
 * administrator took more than they held (each answered 2xx before the rule, 403 or 404 now), and
 * what stays possible: editing a role within one's own grants, and everything for super_admin.
 */
@MicronautTest(transactional = false)
class AuthorizationModelEndToEndTest extends ApiTest {

    static final String ADMIN_ROLE = "01936f6e-0000-7000-8000-000000000002";
    static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    static final String ROLES_MENU = "01936f6e-0000-7000-8000-000000000102";
    static final String MENUS_MENU = "01936f6e-0000-7000-8000-000000000103";
    static final String DEPTS_MENU = "01936f6e-0000-7000-8000-000000000104";
    static final List<String> USER_BUTTONS = List.of("01936f6e-0000-7000-8000-000000000110",
            "01936f6e-0000-7000-8000-000000000111", "01936f6e-0000-7000-8000-000000000112",
            "01936f6e-0000-7000-8000-000000000113", "01936f6e-0000-7000-8000-000000000114",
            "01936f6e-0000-7000-8000-000000000115", "01936f6e-0000-7000-8000-000000000116",
            "01936f6e-0000-7000-8000-000000000117", "01936f6e-0000-7000-8000-000000000118");
    static final String READ_USER = "01936f6e-0000-7000-8000-000000000110";
    static final String READ_ROLE = "01936f6e-0000-7000-8000-000000000120";
    static final String UPDATE_ROLE = "01936f6e-0000-7000-8000-000000000122";
    static final String READ_MENU = "01936f6e-0000-7000-8000-000000000130";
    static final String UPDATE_MENU = "01936f6e-0000-7000-8000-000000000132";
    static final String READ_DEPT = "01936f6e-0000-7000-8000-000000000140";
    static final String UPDATE_DEPT = "01936f6e-0000-7000-8000-000000000142";
    static final String DELETE_DEPT = "01936f6e-0000-7000-8000-000000000143";
    static final String PASSWORD = "authz-pass-123";

    private Api api;
    private String admin;
    private String tag;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
        tag = "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private String role(String scope, String... menus) {
        Reply reply = api.post("/api/v1/roles", admin, Map.of("code", tag + "_" + UUID.randomUUID().toString()
                .substring(0, 4), "name", "Partial", "dataScope", scope, "menuIds", List.of(menus)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    private String user(String name, String dept, String... roleIds) {
        Reply reply = api.post("/api/v1/users", admin, Map.of("username", tag + name, "password", PASSWORD,
                "deptId", dept, "roleIds", List.of(roleIds)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    private String signIn(String name) {
        return (String) api.login(tag + name, PASSWORD).get("accessToken");
    }

    private String dept(String parent, String name) {
        Reply reply = api.post("/api/v1/depts", admin, Map.of("parentId", parent, "name", name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    private static void assertForbidden(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.json()).containsEntry("code", "FORBIDDEN");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private List<String> allMenuIds() {
        List<String> ids = new ArrayList<>();
        List<Object> pending = new ArrayList<>(api.get("/api/v1/menus", admin).jsonArray());
        while (!pending.isEmpty()) {
            Map<String, Object> node = (Map<String, Object>) pending.remove(0);
            ids.add((String) node.get("id"));
            pending.addAll((List<Object>) node.get("children"));
        }
        return ids;
    }

    private String superAdminId() {
        return (String) api.get("/api/v1/auth/me", admin).json().get("id");
    }

    @Test
    void aRoleEditorCannotGrantItselfEverything() {
        String editorRole = role("SELF", ROLES_MENU, READ_ROLE, UPDATE_ROLE);
        user("_editor", ROOT, editorRole);
        String editor = signIn("_editor");
        Map<String, Object> own = api.get("/api/v1/roles/" + editorRole, editor).json();

        Reply widened = api.send("PUT", "/api/v1/roles/" + editorRole, editor, Map.of("version", own.get("version"),
                "dataScope", "ALL", "menuIds", allMenuIds()));
        Reply scopeOnly = api.send("PUT", "/api/v1/roles/" + editorRole, editor,
                Map.of("version", own.get("version"), "dataScope", "ALL"));

        assertForbidden(widened);
        assertThat(widened.json().get("detail").toString()).contains("grants more than you hold");
        assertForbidden(scopeOnly);
        assertThat(api.get("/api/v1/auth/me", editor).json().get("permissions"))
                .isEqualTo(List.of("system:role:list", "system:role:read", "system:role:update"));
        assertThat(api.get("/api/v1/roles/" + editorRole, admin).json()).containsEntry("dataScope", "SELF")
                .containsEntry("version", own.get("version"));
        assertForbidden(api.send("PUT", "/api/v1/roles/" + ADMIN_ROLE, editor, Map.of("version", 0, "name", "x")));
        assertThat(api.send("PUT", "/api/v1/users/" + superAdminId() + "/password", editor,
                Map.of("password", "taken-over-123")).status()).isEqualTo(403);
    }

    @Test
    void theSeededAdminRoleCannotTakeOverASuperAdmin() {
        user("_admin", ROOT, ADMIN_ROLE);
        String second = user("_root2", ROOT, SUPER_ADMIN_ROLE);
        String partial = signIn("_admin");
        String superAdmin = superAdminId();
        int versionBefore = ((Number) api.get("/api/v1/users/" + superAdmin, admin).json().get("version")).intValue();

        assertForbidden(api.send("PUT", "/api/v1/users/" + superAdmin + "/password", partial,
                Map.of("password", "taken-over-123")));
        assertForbidden(api.send("PUT", "/api/v1/users/" + superAdmin, partial,
                Map.of("email", "attacker@example.com", "version", versionBefore)));
        assertForbidden(api.send("PUT", "/api/v1/users/" + second + "/status", partial, Map.of("status", "DISABLED")));
        assertForbidden(api.send("DELETE", "/api/v1/users/" + second + "/lock", partial, null));
        assertForbidden(api.send("DELETE", "/api/v1/users/" + second, partial, null));
        assertForbidden(api.send("PUT", "/api/v1/users/" + second, partial, Map.of("roleIds", List.of(),
                "version", 0)));

        assertThat(api.get("/api/v1/users/" + superAdmin, partial).status()).as("reading stays allowed").isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + superAdmin, admin).json()).containsEntry("version", versionBefore);
        assertThat(api.get("/api/v1/users/" + second, admin).json()).containsEntry("status", "ENABLED");
        assertThat(api.login("admin", ADMIN_PASSWORD)).containsKey("accessToken");
    }

    @Test
    void aMenuEditorCannotRewriteAPermissionItsOwnRoleGrants() {
        String editorRole = role("SELF", MENUS_MENU, READ_MENU, UPDATE_MENU);
        user("_menus", ROOT, editorRole);
        String editor = signIn("_menus");
        Map<String, Object> button = api.get("/api/v1/menus/" + UPDATE_MENU, editor).json();

        Reply rewritten = api.send("PUT", "/api/v1/menus/" + UPDATE_MENU, editor,
                Map.of("version", button.get("version"), "permission", "system:*:*"));
        Reply toUsers = api.send("PUT", "/api/v1/menus/" + UPDATE_MENU, editor,
                Map.of("version", button.get("version"), "permission", "system:user:list"));

        assertForbidden(rewritten);
        assertThat(rewritten.json().get("detail").toString()).contains("system:*:*");
        assertForbidden(toUsers);
        assertThat(api.get("/api/v1/users", editor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/menus/" + UPDATE_MENU, admin).json())
                .containsEntry("permission", "system:menu:update").containsEntry("version", button.get("version"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDepartmentManagerCannotWidenTheirOwnDataScope() {
        String eng = dept(ROOT, "Eng " + tag);
        String backend = dept(eng, "Backend " + tag);
        String sales = dept(ROOT, "Sales " + tag);
        String manager = role("DEPT_AND_CHILDREN", DEPTS_MENU, READ_DEPT, UPDATE_DEPT, DELETE_DEPT, USERS_MENU,
                READ_USER);
        user("_mgr", eng, manager);
        String seller = user("_seller", sales);
        String token = signIn("_mgr");
        Map<String, Object> salesDept = api.get("/api/v1/depts/" + sales, admin).json();

        assertThat(api.get("/api/v1/users/" + seller, token).status()).isEqualTo(404);
        Reply pulled = api.send("PUT", "/api/v1/depts/" + sales, token, Map.of("parentId", eng,
                "name", salesDept.get("name"), "version", salesDept.get("version")));
        assertThat(pulled.status()).as(pulled.body()).isEqualTo(404);
        assertThat(pulled.json()).containsEntry("code", "NOT_FOUND");
        assertThat(api.get("/api/v1/users/" + seller, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/depts/" + sales, token).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/depts/" + sales, token, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/depts/" + sales, admin).json()).containsEntry("parentId", ROOT);

        List<Object> tree = api.get("/api/v1/depts", token).jsonArray();
        assertThat(tree).singleElement().satisfies(node -> {
            assertThat((Map<String, Object>) node).containsEntry("id", eng);
            assertThat((List<Object>) ((Map<String, Object>) node).get("children"))
                    .extracting(child -> ((Map<String, Object>) child).get("id")).containsExactly(backend);
        });
        Map<String, Object> engDept = api.get("/api/v1/depts/" + eng, token).json();
        assertForbidden(api.send("PUT", "/api/v1/depts/" + eng, token, Map.of("parentId", backend,
                "name", engDept.get("name"), "version", engDept.get("version"))));
        Map<String, Object> backendDept = api.get("/api/v1/depts/" + backend, token).json();
        Reply pushedOut = api.send("PUT", "/api/v1/depts/" + backend, token, Map.of("parentId", ROOT,
                "name", backendDept.get("name"), "version", backendDept.get("version")));
        assertThat(pushedOut.status()).as(pushedOut.body()).isEqualTo(400);
        assertThat(pushedOut.body()).contains("\"field\":\"parentId\"");
    }

    @Test
    void anActorMayStillEditARoleWithinTheirOwnGrants() {
        List<String> menus = new ArrayList<>(List.of(ROLES_MENU, READ_ROLE, UPDATE_ROLE, USERS_MENU));
        menus.addAll(USER_BUTTONS);
        user("_useradmin", ROOT, role("ALL", menus.toArray(String[]::new)));
        String clerk = role("DEPT", USERS_MENU, READ_USER);
        String token = signIn("_useradmin");

        List<String> widened = new ArrayList<>(USER_BUTTONS);
        widened.add(USERS_MENU);
        Reply edited = api.send("PUT", "/api/v1/roles/" + clerk, token, Map.of("version", 0, "dataScope", "ALL",
                "menuIds", widened));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json()).containsEntry("dataScope", "ALL").containsEntry("version", 1);
        assertForbidden(api.send("PUT", "/api/v1/roles/" + clerk, token, Map.of("version", 1,
                "menuIds", List.of(USERS_MENU, MENUS_MENU))));
    }

    @Test
    void aSuperAdminMayDoAllOfIt() {
        String editorRole = role("SELF", ROLES_MENU);
        String second = user("_root2", ROOT, SUPER_ADMIN_ROLE);
        String eng = dept(ROOT, "Eng " + tag);
        String sales = dept(ROOT, "Sales " + tag);
        Map<String, Object> salesDept = api.get("/api/v1/depts/" + sales, admin).json();
        Map<String, Object> button = api.get("/api/v1/menus/" + UPDATE_MENU, admin).json();

        Map<String, Object> widen = new HashMap<>(Map.of("version", 0, "dataScope", "ALL", "menuIds", allMenuIds()));
        assertThat(api.send("PUT", "/api/v1/roles/" + editorRole, admin, widen).status()).isEqualTo(200);
        Reply moved = api.send("PUT", "/api/v1/depts/" + sales, admin, Map.of("parentId", eng,
                "name", salesDept.get("name"), "version", salesDept.get("version")));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        Reply renamed = api.send("PUT", "/api/v1/menus/" + UPDATE_MENU, admin,
                Map.of("version", button.get("version"), "name", "Edit menu entry"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/users/" + second + "/password", admin,
                Map.of("password", "reset-by-root-123")).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/v1/users/" + second + "/status", admin,
                Map.of("status", "DISABLED")).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/v1/users/" + second, admin, null).status()).isEqualTo(204);
    }
}
