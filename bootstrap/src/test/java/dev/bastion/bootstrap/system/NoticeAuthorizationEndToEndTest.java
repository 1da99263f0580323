package dev.bastion.bootstrap.system;

import static dev.bastion.bootstrap.system.NoticeWorld.audience;
import static dev.bastion.bootstrap.system.NoticeWorld.toDepts;
import static dev.bastion.bootstrap.system.NoticeWorld.toUsers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody widens more than they hold, for notices: a manager of department A and below (every notice
 * permission, scope DEPT_AND_CHILDREN) addresses only A's subtree and its users, never everyone or a
 * role, and cannot act on a notice addressed beyond that. Tree: Root ─┬─ A ─── A1, └─ B.
 */
@MicronautTest(transactional = false)
class NoticeAuthorizationEndToEndTest extends ApiTest {

    private Api api;
    private NoticeWorld world;
    private String a1;
    private String b;
    private String inA1;
    private String inB;
    private String manager;

    @BeforeEach
    void setUp() {
        api = api();
        world = new NoticeWorld(api, signInAdmin());
        String a = world.dept(ROOT, "A");
        a1 = world.dept(a, "A1");
        b = world.dept(ROOT, "B");
        String role = world.role("manager", "DEPT_AND_CHILDREN", NoticeWorld.NOTICES_MENU, NoticeWorld.READ,
                NoticeWorld.CREATE, NoticeWorld.UPDATE, NoticeWorld.DELETE, NoticeWorld.PUBLISH, NoticeWorld.REVOKE);
        world.user("manager", a, role);
        inA1 = world.user("inA1", a1);
        inB = world.user("inB", b);
        manager = world.signIn("manager");
    }

    private static void assertForbidden(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        assertThat(reply.json()).containsEntry("code", "FORBIDDEN");
    }

    private static void assertInvalid(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aManagerAddressesTheirSubtreeAndItsUsersOnly() {
        Reply own = world.create(manager, world.body(toDepts(a1)));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/notices/" + own.json().get("id") + "/publish", manager, null).status())
                .isEqualTo(200);
        assertThat(world.create(manager, world.body(toUsers(inA1))).status()).isEqualTo(201);

        assertForbidden(world.create(manager, world.body(audience(true, List.of(), List.of(), List.of()))));
        assertForbidden(world.create(manager, world.body(audience(false,
                List.of("01936f6e-0000-7000-8000-000000000003"), List.of(), List.of()))));
        assertInvalid(world.create(manager, world.body(toDepts(a1, b))), "audience.deptIds[1]");
        assertInvalid(world.create(manager, world.body(toUsers(inA1, inB))), "audience.userIds[1]");
    }

    @Test
    void anEditCannotWidenTheAudience() {
        Map<String, Object> draft = world.create(manager, world.body(toDepts(a1))).json();
        String path = "/api/v1/notices/" + draft.get("id");
        assertInvalid(api.send("PUT", path, manager, Map.of("audience", toDepts(b), "version", 0)),
                "audience.deptIds[0]");
        assertForbidden(api.send("PUT", path, manager, Map.of("audience",
                audience(true, List.of(), List.of(), List.of()), "version", 0)));
        assertThat(api.get(path, world.admin).json().get("audience")).isEqualTo(toDepts(a1));
    }

    @Test
    void aNoticeAddressedBeyondTheManagerIsOutOfTheirReach() {
        String toB = world.draft(toDepts(b));
        assertForbidden(api.send("PUT", "/api/v1/notices/" + toB, manager, Map.of("title", "Mine", "version", 0)));
        assertForbidden(api.post("/api/v1/notices/" + toB + "/publish", manager, null));
        assertForbidden(api.send("DELETE", "/api/v1/notices/" + toB, manager, null));
        String toEveryone = world.published(audience(true, List.of(), List.of(), List.of()));
        assertForbidden(api.post("/api/v1/notices/" + toEveryone + "/revoke", manager, null));
        String toUserB = world.published(toUsers(inB));
        assertForbidden(api.post("/api/v1/notices/" + toUserB + "/revoke", manager, null));
        assertThat(api.get("/api/v1/notices/" + toEveryone, world.admin).json()).containsEntry("status", "PUBLISHED");
        assertThat(api.get("/api/v1/notices/" + toB, world.admin).json()).containsEntry("status", "DRAFT");
    }
}
