package dev.bastion.bootstrap.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data scopes through HTTP: a department manager whose role lists users within
 * DEPT_AND_CHILDREN sees exactly their subtree, nothing outside it exists for them, and a
 * permission taken from their role is refused at their next request.
 */
@MicronautTest(transactional = false)
class DataScopeEndToEndTest extends ApiTest {

    static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    static final String READ_USER = "01936f6e-0000-7000-8000-000000000110";
    static final String CREATE_USER = "01936f6e-0000-7000-8000-000000000111";
    static final String UPDATE_USER = "01936f6e-0000-7000-8000-000000000112";
    static final String DELETE_USER = "01936f6e-0000-7000-8000-000000000113";

    private Api api;
    private String admin;
    private String tag;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
        tag = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private String dept(String parent, String name) {
        Reply reply = api.post("/api/v1/depts", admin, Map.of("parentId", parent, "name", name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    private Map<String, Object> role(String scope, String... menus) {
        Reply reply = api.post("/api/v1/roles", admin, Map.of("code", tag + "_" + scope.toLowerCase(),
                "name", "Scoped", "dataScope", scope, "menuIds", List.of(menus)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private String user(String name, String dept, Object... roleIds) {
        Reply reply = api.post("/api/v1/users", admin, Map.of("username", tag + name, "password", "scoped-pass-123",
                "deptId", dept, "roleIds", List.of(roleIds)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    private String signIn(String name) {
        return (String) api.login(tag + name, "scoped-pass-123").get("accessToken");
    }

    private List<Object> listedNames(String token, String query) {
        Reply reply = api.get("/api/v1/users?size=100&sort=username,asc" + query, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((List<?>) reply.json().get("items")).stream().map(u -> ((Map<?, ?>) u).get("username"))
                .map(Object.class::cast).toList();
    }

    @Test
    void aSubtreeManagerSeesExactlyTheSubtreeAndNothingElseExists() {
        String a = dept(ROOT, "A");
        String a1 = dept(a, "A1");
        String a11 = dept(a1, "A11");
        String b = dept(ROOT, "B");
        Map<String, Object> lister = role("DEPT_AND_CHILDREN", USERS_MENU, READ_USER);
        user("_a", a);
        String inside = user("_a11", a11);
        String outside = user("_b", b);
        user("_mgr", a1, lister.get("id"));
        user("_peer", a1);
        String manager = signIn("_mgr");

        assertThat(listedNames(manager, "&username=" + tag))
                .containsExactly(tag + "_a11", tag + "_mgr", tag + "_peer");
        assertThat(api.get("/api/v1/users?username=" + tag, manager).json()).containsEntry("total", 3);
        assertThat(listedNames(manager, "&deptId=" + b)).isEmpty();
        assertThat(listedNames(manager, "&deptId=" + a11)).containsExactly(tag + "_a11");
        assertThat(api.get("/api/v1/users/" + inside, manager).status()).isEqualTo(200);
        Reply hidden = api.get("/api/v1/users/" + outside, manager);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json()).containsEntry("code", "NOT_FOUND");
        assertThat(api.post("/api/v1/users", manager, Map.of("username", tag + "_new", "password", "x"))
                .status()).as("no create permission: 403 before the body is looked at").isEqualTo(403);
    }

    @Test
    void writesOutsideTheScopeAreNotFoundAndBodiesNamingOutsideDepartmentsAreInvalid() {
        String a = dept(ROOT, "A");
        String b = dept(ROOT, "B");
        Map<String, Object> writer = role("DEPT", USERS_MENU, READ_USER, CREATE_USER, UPDATE_USER, DELETE_USER);
        user("_w", a, writer.get("id"));
        String colleague = user("_col", a);
        String stranger = user("_str", b);
        String token = signIn("_w");

        Reply intoB = api.post("/api/v1/users", token, Map.of("username", tag + "_nb", "password", "scoped-pass-123",
                "deptId", b));
        Reply intoA = api.post("/api/v1/users", token, Map.of("username", tag + "_na", "password", "scoped-pass-123",
                "deptId", a));
        Reply moveOut = api.send("PUT", "/api/v1/users/" + colleague, token, Map.of("deptId", b, "version", 0));
        Reply updateStranger = api.send("PUT", "/api/v1/users/" + stranger, token,
                Map.of("nickname", "x", "version", 0));
        Reply deleteStranger = api.send("DELETE", "/api/v1/users/" + stranger, token, null);

        assertThat(intoB.status()).as(intoB.body()).isEqualTo(400);
        assertThat(intoB.body()).contains("\"field\":\"deptId\"");
        assertThat(intoA.status()).as(intoA.body()).isEqualTo(201);
        assertThat(moveOut.status()).isEqualTo(400);
        assertThat(moveOut.body()).contains("\"field\":\"deptId\"");
        assertThat(updateStranger.status()).isEqualTo(404);
        assertThat(deleteStranger.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + stranger, admin).json()).containsEntry("version", 0);
        assertThat(api.send("DELETE", "/api/v1/users/" + colleague, token, null).status()).isEqualTo(204);
    }

    @Test
    void nobodyHandsOutMoreThanTheyHold() {
        String a = dept(ROOT, "A");
        Map<String, Object> writer = role("DEPT", USERS_MENU, READ_USER, CREATE_USER, UPDATE_USER);
        Map<String, Object> reader = role("SELF", USERS_MENU, READ_USER);
        String me = user("_w", a, writer.get("id"));
        String token = signIn("_w");
        Map<String, Object> self = api.get("/api/v1/users/" + me, token).json();

        Reply promoted = api.send("PUT", "/api/v1/users/" + me, token, Map.of("roleIds",
                List.of(writer.get("id"), SUPER_ADMIN_ROLE), "version", self.get("version")));
        Reply superUser = api.post("/api/v1/users", token, Map.of("username", tag + "_boss",
                "password", "scoped-pass-123", "deptId", a, "roleIds", List.of(SUPER_ADMIN_ROLE)));
        Reply helper = api.post("/api/v1/users", token, Map.of("username", tag + "_helper",
                "password", "scoped-pass-123", "deptId", a, "roleIds", List.of(reader.get("id"))));

        assertThat(promoted.status()).as(promoted.body()).isEqualTo(403);
        assertThat(promoted.json()).containsEntry("code", "FORBIDDEN");
        assertThat(superUser.status()).isEqualTo(403);
        assertThat(helper.status()).as("a role within the writer's own grants").isEqualTo(201);
        assertThat(api.get("/api/v1/auth/me", token).json()).containsEntry("permissions",
                List.of("system:user:create", "system:user:list", "system:user:read", "system:user:update"));
    }

    @Test
    void aSelfScopeSeesOnlyItselfAndARemovedPermissionIsRefusedAtTheNextRequest() {
        Map<String, Object> self = role("SELF", USERS_MENU, READ_USER);
        String me = user("_me", ROOT, self.get("id"));
        String other = user("_other", ROOT);
        String token = signIn("_me");

        assertThat(listedNames(token, "")).containsExactly(tag + "_me");
        assertThat(api.get("/api/v1/users/" + me, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + other, token).status()).isEqualTo(404);

        Reply stripped = api.send("PUT", "/api/v1/roles/" + self.get("id"), admin,
                Map.of("menuIds", List.of(READ_USER), "version", 0));
        assertThat(stripped.status()).as(stripped.body()).isEqualTo(200);

        assertThat(api.get("/api/v1/users", token).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users/" + me, token).status()).isEqualTo(200);
    }

    @Test
    void movingTheManagersDepartmentMovesTheirScopeAtOnce() {
        String a = dept(ROOT, "A");
        String b = dept(ROOT, "B");
        Map<String, Object> lister = role("DEPT_AND_CHILDREN", USERS_MENU);
        user("_boss", a, lister.get("id"));
        String sub = dept(b, "B1");
        user("_b1", sub);
        String token = signIn("_boss");
        assertThat(listedNames(token, "&username=" + tag)).containsExactly(tag + "_boss");

        Map<String, Object> bDept = api.get("/api/v1/depts/" + b, admin).json();
        Reply moved = api.send("PUT", "/api/v1/depts/" + b, admin, Map.of("parentId", a, "name", "B",
                "version", bDept.get("version")));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        assertThat(listedNames(token, "&username=" + tag)).containsExactly(tag + "_b1", tag + "_boss");
    }
}
