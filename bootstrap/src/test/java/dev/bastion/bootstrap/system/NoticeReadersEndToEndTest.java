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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices through HTTP as their readers have them: each sees exactly what is addressed to them (all,
 * a role they hold, their department or one above it, themselves), published, in its window; read
 * receipts; anything else is 404 for them. Tree: Root ─┬─ A ─── A1, └─ B.
 */
@MicronautTest(transactional = false)
class NoticeReadersEndToEndTest extends ApiTest {

    private Api api;
    private NoticeWorld world;
    private String a;
    private String a1;
    private String b;

    @BeforeEach
    void setUp() {
        api = api();
        world = new NoticeWorld(api, signInAdmin());
        a = world.dept(ROOT, "A");
        a1 = world.dept(a, "A1");
        b = world.dept(ROOT, "B");
    }

    @Test
    void eachReaderSeesExactlyWhatIsAddressedToThem() {
        String role = world.role("readers", "SELF");
        world.user("inA", a);
        world.user("inA1", a1);
        String inB = world.user("inB", b);
        world.user("holder", b, role);
        String toAll = world.published(audience(true, List.of(), List.of(), List.of()));
        String toRole = world.published(audience(false, List.of(role), List.of(), List.of()));
        String toA = world.published(toDepts(a));
        String toUser = world.published(toUsers(inB));
        String later = world.dept(a1, "Later"); // created after the notice to A: its members are reached too
        world.user("inLater", later);
        List<String> mine = List.of(toRole, toA, toUser);

        assertThat(world.seenBy(world.signIn("inA"))).contains(toAll, toA).doesNotContain(toRole, toUser);
        assertThat(world.seenBy(world.signIn("inA1"))).contains(toAll, toA).doesNotContain(toRole, toUser);
        assertThat(world.seenBy(world.signIn("inLater"))).contains(toAll, toA).doesNotContain(toRole, toUser);
        assertThat(world.seenBy(world.signIn("inB"))).contains(toAll, toUser).doesNotContain(toRole, toA);
        assertThat(world.seenBy(world.signIn("holder"))).contains(toAll, toRole).doesNotContain(toA, toUser);
        assertThat(world.seenBy(signInAdmin())).contains(toAll).doesNotContainAnyElementsOf(mine);
    }

    @Test
    void onlyPublishedNoticesInsideTheirWindowAreSeenAndTheRestIsNotFound() {
        String reader = world.user("reader", b);
        String token = world.signIn("reader");
        String draft = world.draft(toUsers(reader));
        Map<String, Object> scheduledBody = world.body(toUsers(reader));
        scheduledBody.put("publishAt", "2099-01-01T00:00:00Z");
        String scheduled = (String) world.create(world.admin, scheduledBody).json().get("id");
        api.post("/api/v1/notices/" + scheduled + "/publish", world.admin, null);
        String revoked = world.published(toUsers(reader));
        api.post("/api/v1/notices/" + revoked + "/revoke", world.admin, null);
        String elsewhere = world.published(toDepts(a));
        String visible = world.published(toUsers(reader));

        assertThat(world.seenBy(token)).contains(visible).doesNotContain(draft, scheduled, revoked, elsewhere);
        for (String hidden : List.of(draft, scheduled, revoked, elsewhere, UUID.randomUUID().toString())) {
            Reply reply = api.send("PUT", "/api/v1/auth/notices/" + hidden + "/read", token, null);
            assertThat(reply.status()).as(hidden).isEqualTo(404);
            assertThat(reply.json()).containsEntry("code", "NOT_FOUND");
        }
        Reply item = api.get("/api/v1/auth/notices?size=100", token);
        Map<?, ?> shown = ((List<?>) item.json().get("items")).stream().map(Map.class::cast)
                .filter(n -> n.get("id").equals(visible)).findFirst().orElseThrow();
        assertThat(shown.keySet().stream().map(Object::toString).toList()).containsExactlyInAnyOrder("id", "title", "content", "type", "level", "publishedAt",
                "expiresAt", "read", "readAt");
    }

    @Test
    void readReceiptsMarkCountAndFilter() {
        String reader = world.user("reader", a1);
        String token = world.signIn("reader");
        long before = unread(token);
        String first = world.published(toUsers(reader));
        String second = world.published(toDepts(a));
        assertThat(unread(token)).isEqualTo(before + 2);

        assertThat(api.send("PUT", "/api/v1/auth/notices/" + first + "/read", token, null).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/v1/auth/notices/" + first + "/read", token, null).status()).isEqualTo(204);
        assertThat(unread(token)).isEqualTo(before + 1);
        Reply unreadOnly = api.get("/api/v1/auth/notices?unread=true&size=100", token);
        assertThat(((List<?>) unreadOnly.json().get("items")).stream().map(n -> ((Map<?, ?>) n).get("id"))
                .map(Object.class::cast).toList())
                .contains(second).doesNotContain(first);
        Map<?, ?> read = ((List<?>) api.get("/api/v1/auth/notices?size=100", token).json().get("items")).stream()
                .map(Map.class::cast).filter(n -> n.get("id").equals(first)).findFirst().orElseThrow();
        assertThat(read.get("read")).isEqualTo(true);
        assertThat(read.get("readAt")).isNotNull();

        assertThat(api.send("PUT", "/api/v1/auth/notices/read-all", token, null).status()).isEqualTo(204);
        assertThat(unread(token)).isZero();
        assertThat((List<?>) api.get("/api/v1/auth/notices?unread=true", token).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/auth/notices?sort=title,asc", token).status()).isEqualTo(400);
    }

    private long unread(String token) {
        Reply reply = api.get("/api/v1/auth/notices/unread-count", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((Number) reply.json().get("count")).longValue();
    }
}
