package dev.bastion.bootstrap.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The department tree through HTTP: CRUD, moves that would make a cycle, deletes that would orphan. */
@MicronautTest(transactional = false)
class DepartmentsEndToEndTest extends ApiTest {


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

    private Map<String, Object> create(String parentId, String name, Integer sort) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("name", name);
        if (sort != null) {
            body.put("sort", sort);
        }
        Reply reply = api.post("/api/v1/depts", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/depts/" + reply.json().get("id"));
        return reply.json();
    }

    private Reply update(Map<String, Object> dept, Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>(dept);
        body.remove("id");
        body.remove("createdAt");
        body.remove("updatedAt");
        body.remove("children");
        body.putAll(changes);
        return api.send("PUT", "/api/v1/depts/" + dept.get("id"), admin, body);
    }

    @Test
    void createdDepartmentsFormATreeOrderedBySort() {
        Map<String, Object> sales = create(ROOT, "Sales " + UUID.randomUUID(), 2);
        Map<String, Object> east = create((String) sales.get("id"), "East", 1);
        create((String) sales.get("id"), "West", 0);

        assertThat(sales).containsEntry("parentId", ROOT).containsEntry("sort", 2).containsEntry("status", "ENABLED")
                .containsEntry("version", 0).containsKeys("leader", "phone", "email", "createdAt", "updatedAt");
        Reply tree = api.get("/api/v1/depts", admin);
        assertThat(tree.status()).isEqualTo(200);
        List<Object> roots = tree.jsonArray();
        assertThat(roots).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) roots.get(0);
        assertThat(root).containsEntry("id", ROOT).containsEntry("parentId", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> salesNode = ((List<Map<String, Object>>) root.get("children")).stream()
                .filter(n -> n.get("id").equals(sales.get("id"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) salesNode.get("children");
        assertThat(children).extracting(c -> c.get("name")).containsExactly("West", "East");
        assertThat(api.get("/api/v1/depts/" + east.get("id"), admin).json()).containsEntry("name", "East");
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAMoveMayNotMakeACycle() {
        Map<String, Object> top = create(ROOT, "Top", null);
        Map<String, Object> middle = create((String) top.get("id"), "Middle", null);
        Map<String, Object> leaf = create((String) middle.get("id"), "Leaf", null);

        Reply renamed = update(top, Map.of("name", "Top renamed", "leader", "Ada"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", "Top renamed").containsEntry("version", 1);
        Reply stale = update(top, Map.of("name", "stale"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");

        Reply cycle = update(renamed.json(), Map.of("parentId", leaf.get("id")));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.json()).containsEntry("code", "CONFLICT");
        assertThat(cycle.body()).contains("\"field\":\"parentId\"");
        Reply self = update(renamed.json(), Map.of("parentId", top.get("id")));
        assertThat(self.status()).isEqualTo(409);

        Reply moved = update(leaf, Map.of("parentId", top.get("id")));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json()).containsEntry("parentId", top.get("id"));
    }

    @Test
    void aDepartmentWithChildrenOrMembersIsNotDeleted() throws Exception {
        Map<String, Object> parent = create(ROOT, "Parent", null);
        Map<String, Object> child = create((String) parent.get("id"), "Child", null);
        User member = User.register(UserId.newId(), new Username("member" + System.nanoTime() % 100000), null, null,
                hasher.hash("member-password-1"), false, Instant.now());
        users.add(member);
        try (Connection connection = database.connect();
             PreparedStatement move = connection.prepareStatement("UPDATE users SET dept_id = ? WHERE id = ?")) {
            move.setObject(1, UUID.fromString((String) child.get("id")));
            move.setObject(2, member.id().value());
            move.executeUpdate();
        }

        Reply withChildren = api.send("DELETE", "/api/v1/depts/" + parent.get("id"), admin, null);
        Reply withMembers = api.send("DELETE", "/api/v1/depts/" + child.get("id"), admin, null);
        Reply rootDelete = api.send("DELETE", "/api/v1/depts/" + ROOT, admin, null);

        assertThat(withChildren.status()).isEqualTo(409);
        assertThat(withChildren.body()).contains("sub-departments");
        assertThat(withMembers.status()).isEqualTo(409);
        assertThat(withMembers.body()).contains("members");
        assertThat(rootDelete.status()).isEqualTo(409);

        Map<String, Object> empty = create(ROOT, "Empty", null);
        assertThat(api.send("DELETE", "/api/v1/depts/" + empty.get("id"), admin, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/depts/" + empty.get("id"), admin).status()).isEqualTo(404);
    }

    @Test
    void badInputIsNamed() {
        Reply missing = api.post("/api/v1/depts", admin, Map.of("name", "No parent"));
        Reply unknownParent = api.post("/api/v1/depts", admin,
                Map.of("parentId", UUID.randomUUID().toString(), "name", "Orphan"));
        Reply malformedParent = api.post("/api/v1/depts", admin, Map.of("parentId", "not-a-uuid", "name", "X"));
        Reply longName = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "n".repeat(65)));
        Reply badEmail = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "X", "email", "nope"));
        Reply badPhone = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "X", "phone", "call me"));
        Reply badStatus = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "X", "status", "MAYBE"));
        Reply negativeSort = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", "X", "sort", -1));
        Reply missingVersion = api.send("PUT", "/api/v1/depts/" + ROOT, admin, Map.of("parentId", ROOT, "name", "X"));
        Reply malformedId = api.get("/api/v1/depts/42", admin);
        Reply unknownId = api.get("/api/v1/depts/" + UUID.randomUUID(), admin);

        assertThat(missing.body()).contains("\"field\":\"parentId\"");
        assertThat(unknownParent.status()).isEqualTo(400);
        assertThat(unknownParent.body()).contains("\"field\":\"parentId\"");
        assertThat(malformedParent.body()).contains("\"field\":\"parentId\"");
        assertThat(longName.body()).contains("\"field\":\"name\"");
        assertThat(badEmail.body()).contains("\"field\":\"email\"");
        assertThat(badPhone.body()).contains("\"field\":\"phone\"");
        assertThat(negativeSort.body()).contains("\"field\":\"sort\"");
        assertThat(badStatus.body()).contains("\"field\":\"status\"");
        assertThat(missingVersion.body()).contains("\"field\":\"version\"");
        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(malformedId.body()).contains("\"field\":\"id\"");
        assertThat(unknownId.status()).isEqualTo(404);
        for (Reply reply : List.of(missing, malformedParent, longName, badEmail, badPhone, badStatus, negativeSort,
                missingVersion)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        }
    }

    @Test
    void aUserWithoutThePermissionIsForbidden() {
        User plain = User.register(UserId.newId(), new Username("plain" + System.nanoTime() % 100000), null, null,
                hasher.hash("plain-password-1"), false, Instant.now());
        users.add(plain);
        String token = (String) api.login(plain.username().value(), "plain-password-1").get("accessToken");

        assertThat(api.get("/api/v1/depts", token).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/depts", token, Map.of("name", "")).status())
                .as("permission before validation").isEqualTo(403);
        assertThat(api.get("/api/v1/depts", null).status()).isEqualTo(401);
    }
    @Test
    void anUpdateChangesWhatItSendsAndANullClearsWhatMayBeEmpty() {
        Map<String, Object> ops = create(ROOT, "Ops " + UUID.randomUUID(), 4);
        String path = "/api/v1/depts/" + ops.get("id");

        Reply led = api.send("PUT", path, admin, "{\"leader\": \"Olga\", \"phone\": \"+15550100\", \"version\": 0}");
        Reply renamed = api.send("PUT", path, admin, "{\"name\": \"Operations\", \"version\": 1}");
        Reply cleared = api.send("PUT", path, admin, "{\"leader\": null, \"version\": 2}");
        Reply orphaned = api.send("PUT", path, admin, "{\"parentId\": null, \"version\": 3}");
        Reply unnamed = api.send("PUT", path, admin, "{\"name\": null, \"version\": 3}");

        assertThat(led.status()).as(led.body()).isEqualTo(200);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", "Operations").containsEntry("sort", 4)
                .containsEntry("leader", "Olga").containsEntry("phone", "+15550100").containsEntry("parentId", ROOT);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json()).containsEntry("leader", null).containsEntry("phone", "+15550100");
        assertThat(orphaned.status()).as(orphaned.body()).isEqualTo(400);
        assertThat(orphaned.body()).contains("\"field\":\"parentId\"");
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"name\"");
    }
}
