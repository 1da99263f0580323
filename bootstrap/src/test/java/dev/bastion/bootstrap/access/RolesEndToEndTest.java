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

/** Roles through HTTP: defaults, references, uniqueness, versions, the super administrator's rules. */
@MicronautTest(transactional = false)
class RolesEndToEndTest extends ApiTest {

    static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    static final String READ_USER_BUTTON = "01936f6e-0000-7000-8000-000000000110";

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private Map<String, Object> create(Map<String, Object> body) {
        Reply reply = api.post("/api/v1/roles", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/roles/" + reply.json().get("id"));
        return reply.json();
    }

    @Test
    void aCreatedRoleHasTheDocumentedDefaultsAndReadsBackTheSame() {
        String code = unique("viewer_");
        Map<String, Object> role = create(Map.of("code", code, "name", "Viewer"));

        assertThat(role).containsEntry("code", code).containsEntry("name", "Viewer").containsEntry("sort", 0)
                .containsEntry("status", "ENABLED").containsEntry("dataScope", "SELF")
                .containsEntry("deptIds", List.of()).containsEntry("menuIds", List.of()).containsEntry("version", 0)
                .containsKeys("createdAt", "updatedAt");
        assertThat(api.get("/api/v1/roles/" + role.get("id"), admin).json()).isEqualTo(role);
    }

    @Test
    void theListIsPagedAndStartsWithTheBuiltInRoles() {
        Reply page = api.get("/api/v1/roles?size=3", admin);

        assertThat(page.status()).isEqualTo(200);
        List<Object> codes = ((List<?>) page.json().get("items")).stream().map(r -> ((Map<?, ?>) r).get("code"))
                .map(Object.class::cast).toList();
        assertThat(codes).containsExactly("super_admin", "admin", "user");
        assertThat(api.get("/api/v1/roles?code=SUPER", admin).json()).containsEntry("total", 1);
        assertThat(api.get("/api/v1/roles?status=DISABLED&code=super", admin).json()).containsEntry("total", 0);
        assertThat(api.get("/api/v1/roles?status=OFF", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/roles?size=101", admin).status()).isEqualTo(400);
    }

    @Test
    void badBodiesAreNamedFieldByField() {
        assertField(api.post("/api/v1/roles", admin, Map.of("name", "No code")), 400, "code");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", "Bad-Code", "name", "x")), 400, "code");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x", "dataScope", "SOME")),
                400, "dataScope");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x",
                "menuIds", List.of(UUID.randomUUID().toString()))), 400, "menuIds");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x",
                "menuIds", List.of("not-a-uuid"))), 400, "menuIds");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x",
                "dataScope", "CUSTOM", "deptIds", List.of(UUID.randomUUID().toString()))), 400, "deptIds");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x",
                "dataScope", "DEPT", "deptIds", List.of(ROOT))), 400, "deptIds");
        assertField(api.post("/api/v1/roles", admin, Map.of("code", unique("r_"), "name", "x", "sort", -1)),
                400, "sort");
        assertThat(api.get("/api/v1/roles/nope", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/roles/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void aCodeIsUniqueIgnoringCase() {
        String code = unique("dup_");
        create(Map.of("code", code, "name", "First"));

        assertField(api.post("/api/v1/roles", admin, Map.of("code", code, "name", "Second")), 409, "code");
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndKeepsWhatIsLeftOut() {
        Map<String, Object> role = create(Map.of("code", unique("team_"), "name", "Team", "dataScope", "CUSTOM",
                "deptIds", List.of(ROOT), "menuIds", List.of(USERS_MENU)));

        Reply renamed = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin, Map.of("name", "Crew", "version", 0));
        Reply stale = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin, Map.of("name", "Late", "version", 0));
        Reply rescoped = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin,
                Map.of("dataScope", "DEPT", "version", 1));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", "Crew").containsEntry("version", 1)
                .containsEntry("deptIds", List.of(ROOT)).containsEntry("menuIds", List.of(USERS_MENU));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");
        assertThat(rescoped.json()).as("departments go with the CUSTOM scope").containsEntry("dataScope", "DEPT")
                .containsEntry("deptIds", List.of());
    }

    @Test
    void theSuperAdministratorRoleKeepsItsPowersAndStays() {
        Map<String, Object> role = api.get("/api/v1/roles/" + SUPER_ADMIN_ROLE, admin).json();
        Object version = role.get("version");

        assertField(api.send("PUT", "/api/v1/roles/" + SUPER_ADMIN_ROLE, admin,
                Map.of("status", "DISABLED", "version", version)), 409, "status");
        assertField(api.send("PUT", "/api/v1/roles/" + SUPER_ADMIN_ROLE, admin,
                Map.of("code", "root", "version", version)), 409, "code");
        assertField(api.send("PUT", "/api/v1/roles/" + SUPER_ADMIN_ROLE, admin,
                Map.of("dataScope", "SELF", "version", version)), 409, "dataScope");
        assertThat(api.send("DELETE", "/api/v1/roles/" + SUPER_ADMIN_ROLE, admin, null).status()).isEqualTo(409);
        Reply stripped = api.send("PUT", "/api/v1/roles/" + SUPER_ADMIN_ROLE, admin,
                Map.of("menuIds", List.of(), "version", version));
        assertThat(stripped.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", admin).json()).containsEntry("permissions", List.of("*"));
    }

    @Test
    void aHeldRoleCannotBeDeletedAndAFreeOneCan() {
        Map<String, Object> role = create(Map.of("code", unique("held_"), "name", "Held"));
        Map<String, Object> user = api.post("/api/v1/users", admin, Map.of("username", unique("holder"),
                "password", "holder-password-1", "roleIds", List.of(role.get("id")))).json();

        assertThat(api.send("DELETE", "/api/v1/roles/" + role.get("id"), admin, null).status()).isEqualTo(409);

        api.send("DELETE", "/api/v1/users/" + user.get("id"), admin, null);
        assertThat(api.send("DELETE", "/api/v1/roles/" + role.get("id"), admin, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/roles/" + role.get("id"), admin).status()).isEqualTo(404);
    }

    @Test
    void aRolesMenusGrantTheirPermissionsAndAChangeCountsAtTheNextRequest() {
        Map<String, Object> role = create(Map.of("code", unique("reader_"), "name", "Reader",
                "dataScope", "ALL", "menuIds", List.of(USERS_MENU, READ_USER_BUTTON)));
        String name = unique("rita");
        api.post("/api/v1/users", admin, Map.of("username", name, "password", "rita-password-1",
                "roleIds", List.of(role.get("id"))));
        String rita = (String) api.login(name, "rita-password-1").get("accessToken");

        assertThat(api.get("/api/v1/auth/me", rita).json()).containsEntry("roles", List.of(role.get("code")))
                .containsEntry("permissions", List.of("system:user:list", "system:user:read"));
        assertThat(api.get("/api/v1/users", rita).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/roles", rita).status()).isEqualTo(403);

        api.send("PUT", "/api/v1/roles/" + role.get("id"), admin, Map.of("menuIds", List.of(), "version", 0));

        assertThat(api.get("/api/v1/users", rita).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/auth/me", rita).json()).containsEntry("permissions", List.of());
    }

    private static void assertField(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.body()).as(reply.body()).contains("\"field\":\"" + field + "\"");
    }
    @Test
    void aNullClearsNoFieldOfARole() {
        Map<String, Object> role = create(Map.of("code", unique("patch_"), "name", "Patch"));

        Reply unnamed = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin, "{\"name\": null, \"version\": 0}");
        Reply noMenus = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin,
                "{\"menuIds\": null, \"version\": 0}");
        Reply sorted = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin, "{\"sort\": 5, \"version\": 0}");

        assertField(unnamed, 400, "name");
        assertField(noMenus, 400, "menuIds");
        assertThat(sorted.status()).as(sorted.body()).isEqualTo(200);
        assertThat(sorted.json()).containsEntry("name", "Patch").containsEntry("sort", 5)
                .containsEntry("dataScope", "SELF");
    }
}
