package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users through HTTP: create with defaults, read, list with filters, update with version, delete. */
@MicronautTest(transactional = false)
class UsersEndToEndTest extends ApiTest {



    private Api api;
    private String admin;


    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private Map<String, Object> create(Map<String, Object> body) {
        Reply reply = api.post("/api/v1/users", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/users/" + reply.json().get("id"));
        return reply.json();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aCreatedUserHasTheDocumentedDefaultsAndCanSignIn() {
        String name = unique("alice");
        Map<String, Object> alice = create(Map.of("username", name, "password", "alice-password-1"));

        assertThat(alice).containsEntry("username", name).containsEntry("nickname", name)
                .containsEntry("deptId", ROOT).containsEntry("roleIds", List.of()).containsEntry("status", "ENABLED")
                .containsEntry("mustChangePassword", false).containsEntry("version", 0)
                .containsEntry("email", null).containsEntry("phone", null)
                .doesNotContainKeys("password", "passwordHash");
        assertThat(api.get("/api/v1/users/" + alice.get("id"), admin).json()).isEqualTo(alice);
        api.login(name, "alice-password-1");
    }

    @Test
    void rolesAreAssignedByIdAndGrantTheirPermissions() {
        String name = unique("root");
        Map<String, Object> boss = create(Map.of("username", name, "password", "boss-password-1",
                "roleIds", List.of(SUPER_ADMIN_ROLE), "email", name + "@example.com", "phone", "+1 555 0100"));

        assertThat(boss).containsEntry("roleIds", List.of(SUPER_ADMIN_ROLE));
        String token = (String) api.login(name, "boss-password-1").get("accessToken");
        assertThat(api.get("/api/v1/auth/me", token).json()).containsEntry("permissions", List.of("*"))
                .containsEntry("phone", "+1 555 0100").containsEntry("deptId", ROOT);
    }

    @Test
    void theListFiltersByPrefixStatusAndDepartmentSubtreeAndPages() {
        String tag = "p" + UUID.randomUUID().toString().substring(0, 5);
        Map<String, Object> parent = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "P")).json();
        Map<String, Object> child = api.post("/api/v1/depts", admin,
                Map.of("parentId", parent.get("id"), "name", "C")).json();
        create(Map.of("username", tag + "_one", "password", "pass-word-123", "deptId", parent.get("id")));
        create(Map.of("username", tag + "_two", "password", "pass-word-123", "deptId", child.get("id")));
        create(Map.of("username", tag + "_three", "password", "pass-word-123", "status", "DISABLED"));

        Reply byPrefix = api.get("/api/v1/users?username=" + tag.toUpperCase() + "&sort=username,asc", admin);
        Reply byDept = api.get("/api/v1/users?deptId=" + parent.get("id"), admin);
        Reply disabled = api.get("/api/v1/users?username=" + tag + "&status=DISABLED", admin);
        Reply paged = api.get("/api/v1/users?username=" + tag + "&size=2&page=2&sort=username,asc", admin);
        Reply literal = api.get("/api/v1/users?username=" + tag.substring(0, 2) + "%25", admin);

        assertThat(byPrefix.json()).containsEntry("total", 3);
        List<Object> names = ((List<?>) byPrefix.json().get("items")).stream()
                .map(u -> ((Map<?, ?>) u).get("username")).map(Object.class::cast).toList();
        assertThat(names).containsExactly(tag + "_one", tag + "_three", tag + "_two");
        assertThat(byDept.json()).containsEntry("total", 2);
        assertThat(disabled.json()).containsEntry("total", 1);
        assertThat(paged.json()).containsEntry("page", 2).containsEntry("totalPages", 2);
        assertThat((List<?>) paged.json().get("items")).hasSize(1);
        assertThat(literal.json()).as("% is a literal character, not a wildcard").containsEntry("total", 0);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndDisablingEndsSessions() {
        String name = unique("bob");
        Map<String, Object> bob = create(Map.of("username", name, "password", "bob-password-1"));
        String bobsToken = (String) api.login(name, "bob-password-1").get("accessToken");

        Reply updated = api.send("PUT", "/api/v1/users/" + bob.get("id"), admin,
                Map.of("nickname", "Bobby", "email", name + "@example.com", "status", "DISABLED", "version", 0));
        Reply stale = api.send("PUT", "/api/v1/users/" + bob.get("id"), admin, Map.of("nickname", "B", "version", 0));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("nickname", "Bobby").containsEntry("status", "DISABLED")
                .containsEntry("version", 1).containsEntry("username", name);
        assertThat(api.get("/api/v1/auth/me", bobsToken).status()).isEqualTo(401);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");
    }

    @Test
    void theLastSuperAdminCannotLoseTheRoleNorBeDeleted() {
        String adminId = (String) api.get("/api/v1/auth/me", admin).json().get("id");
        Map<String, Object> me = api.get("/api/v1/users/" + adminId, admin).json();

        Reply stripped = api.send("PUT", "/api/v1/users/" + adminId, admin,
                Map.of("roleIds", List.of(), "version", me.get("version")));
        Reply deleted = api.send("DELETE", "/api/v1/users/" + adminId, admin, null);

        assertThat(stripped.status()).isEqualTo(409);
        assertThat(stripped.body()).contains("\"field\":\"roleIds\"");
        assertThat(deleted.status()).isEqualTo(409);
    }

    @Test
    void aDeletedUserIsGoneAndItsNameFree() {
        String name = unique("carl");
        Map<String, Object> carl = create(Map.of("username", name, "password", "carl-password-1"));
        String token = (String) api.login(name, "carl-password-1").get("accessToken");

        assertThat(api.send("DELETE", "/api/v1/users/" + carl.get("id"), admin, null).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/users/" + carl.get("id"), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/auth/me", token).status()).isEqualTo(401);
        create(Map.of("username", name, "password", "carl-password-2"));
    }

    @Test
    void badInputIsNamedAndClashesAreConflicts() {
        String name = unique("dup");
        create(Map.of("username", name, "password", "dup-password-1"));
        Map<String, Object> badRole = new LinkedHashMap<>(Map.of("username", unique("r"), "password", "pass-word-123"));
        badRole.put("roleIds", List.of(UUID.randomUUID().toString()));

        Reply duplicate = api.post("/api/v1/users", admin, Map.of("username", name.toUpperCase(), "password", "x-password-12"));
        Reply badName = api.post("/api/v1/users", admin, Map.of("username", "a b", "password", "pass-word-123"));
        Reply shortPassword = api.post("/api/v1/users", admin, Map.of("username", unique("s"), "password", "short"));
        Reply badEmail = api.post("/api/v1/users", admin,
                Map.of("username", unique("e"), "password", "pass-word-123", "email", "nope"));
        Reply badPhone = api.post("/api/v1/users", admin,
                Map.of("username", unique("f"), "password", "pass-word-123", "phone", "call me"));
        Reply unknownDept = api.post("/api/v1/users", admin,
                Map.of("username", unique("g"), "password", "pass-word-123", "deptId", UUID.randomUUID().toString()));
        Reply unknownRole = api.post("/api/v1/users", admin, badRole);
        Reply badStatusFilter = api.get("/api/v1/users?status=MAYBE", admin);
        Reply badSort = api.get("/api/v1/users?sort=password,asc", admin);
        Reply longFilter = api.get("/api/v1/users?username=" + "u".repeat(65), admin);
        Reply quotes = api.get("/api/v1/users?username=%27%20OR%201%3D1%20--%5C", admin);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"field\":\"username\"");
        assertThat(badName.body()).contains("\"field\":\"username\"");
        assertThat(shortPassword.body()).contains("\"field\":\"password\"");
        assertThat(badEmail.body()).contains("\"field\":\"email\"");
        assertThat(badPhone.body()).contains("\"field\":\"phone\"");
        assertThat(unknownDept.body()).contains("\"field\":\"deptId\"");
        assertThat(unknownRole.body()).contains("\"field\":\"roleIds\"");
        assertThat(badStatusFilter.body()).contains("\"field\":\"status\"");
        assertThat(badSort.body()).contains("\"field\":\"sort\"");
        assertThat(longFilter.body()).contains("\"field\":\"username\"");
        for (Reply reply : List.of(badName, shortPassword, badEmail, badPhone, unknownDept, unknownRole,
                badStatusFilter, badSort, longFilter)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        }
        assertThat(quotes.status()).isEqualTo(200);
        assertThat(quotes.json()).containsEntry("total", 0);
    }
    @Test
    void anUpdateChangesWhatItSendsANullClearsWhatMayBeEmptyAndNothingElse() {
        String name = unique("dora");
        Map<String, Object> dora = create(Map.of("username", name, "password", "dora-password-1", "nickname", "Dora",
                "email", name + "@example.com", "phone", "+15550100"));
        String path = "/api/v1/users/" + dora.get("id");

        Reply phoneOnly = api.send("PUT", path, admin, "{\"phone\": \"+15550199\", \"version\": 0}");
        Reply cleared = api.send("PUT", path, admin, "{\"email\": null, \"nickname\": null, \"version\": 1}");
        Reply noDept = api.send("PUT", path, admin, "{\"deptId\": null, \"version\": 2}");
        Reply noRoles = api.send("PUT", path, admin, "{\"roleIds\": null, \"version\": 2}");

        assertThat(phoneOnly.status()).as(phoneOnly.body()).isEqualTo(200);
        assertThat(phoneOnly.json()).containsEntry("nickname", "Dora").containsEntry("email", name + "@example.com")
                .containsEntry("phone", "+15550199").containsEntry("version", 1);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json()).as("a nickname cleared falls back to the username")
                .containsEntry("nickname", name).containsEntry("email", null).containsEntry("phone", "+15550199");
        assertThat(noDept.status()).as(noDept.body()).isEqualTo(400);
        assertThat(noDept.body()).contains("\"field\":\"deptId\"");
        assertThat(noRoles.status()).as(noRoles.body()).isEqualTo(400);
        assertThat(noRoles.body()).contains("\"field\":\"roleIds\"");
        assertThat(api.get(path, admin).json()).isEqualTo(cleared.json());
    }
}
