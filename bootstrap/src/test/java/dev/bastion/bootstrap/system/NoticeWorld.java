package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Departments, roles, users and notices made through the API by the administrator, named with a tag of the test's own. */
final class NoticeWorld {

    static final String NOTICES_MENU = "01936f6e-0000-7000-8000-000000000107";
    static final String READ = "01936f6e-0000-7000-8000-000000000170";
    static final String CREATE = "01936f6e-0000-7000-8000-000000000171";
    static final String UPDATE = "01936f6e-0000-7000-8000-000000000172";
    static final String DELETE = "01936f6e-0000-7000-8000-000000000173";
    static final String PUBLISH = "01936f6e-0000-7000-8000-000000000174";
    static final String REVOKE = "01936f6e-0000-7000-8000-000000000175";
    private static final String PASSWORD = "notice-pass-123";

    final Api api;
    final String admin;
    final String tag = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    NoticeWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    String dept(String parent, String name) {
        Reply reply = api.post("/api/v1/depts", admin, Map.of("parentId", parent, "name", tag + name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    String role(String name, String scope, String... menus) {
        Reply reply = api.post("/api/v1/roles", admin, Map.of("code", tag + "_" + name, "name", name,
                "dataScope", scope, "menuIds", List.of(menus)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    String user(String name, String dept, String... roleIds) {
        Reply reply = api.post("/api/v1/users", admin, Map.of("username", tag + name, "password", PASSWORD,
                "deptId", dept, "roleIds", List.of(roleIds)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    String signIn(String name) {
        return (String) api.login(tag + name, PASSWORD).get("accessToken");
    }

    static Map<String, Object> audience(boolean all, List<String> roleIds, List<String> deptIds, List<String> userIds) {
        return Map.of("all", all, "roleIds", roleIds, "deptIds", deptIds, "userIds", userIds);
    }

    static Map<String, Object> toUsers(String... ids) {
        return audience(false, List.of(), List.of(), List.of(ids));
    }

    static Map<String, Object> toDepts(String... ids) {
        return audience(false, List.of(), List.of(ids), List.of());
    }

    Map<String, Object> body(Map<String, Object> audience) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", tag + " maintenance");
        body.put("content", "<p>Tonight at <b>22:00</b></p>");
        body.put("type", "ANNOUNCEMENT");
        body.put("audience", audience);
        return body;
    }

    Reply create(String token, Map<String, Object> body) {
        return api.post("/api/v1/notices", token, body);
    }

    /** A draft by the administrator: its id. */
    String draft(Map<String, Object> audience) {
        Reply reply = create(admin, body(audience));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    /** A published notice by the administrator: its id. */
    String published(Map<String, Object> audience) {
        String id = draft(audience);
        Reply reply = api.post("/api/v1/notices/" + id + "/publish", admin, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return id;
    }

    /** The ids of the notices {@code token}'s user sees now. */
    List<Object> seenBy(String token) {
        Reply reply = api.get("/api/v1/auth/notices?size=100", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((List<?>) reply.json().get("items")).stream().map(n -> ((Map<?, ?>) n).get("id"))
                .map(Object.class::cast).toList();
    }
}
