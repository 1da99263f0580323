package dev.bastion.bootstrap.access;

import static dev.bastion.bootstrap.access.ReaderRole.LIST_DEPARTMENTS;
import static dev.bastion.bootstrap.access.ReaderRole.LIST_USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One instance (no Redis): permission checks are served from the access cache, and a change made
 * through the API is seen at the very next request.
 */
@MicronautTest(transactional = false)
class AccessChangesEndToEndTest extends ApiTest {

    private static final String ROOT_DEPT = "01936f6e-0000-7000-8000-0000000000d1";

    private ReaderRole reader;

    @BeforeAll
    void defineTheRole() {
        reader = ReaderRole.create(database);
    }

    private Map<String, Object> createReader(Api api, String admin) {
        String name = "reader" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api.post("/api/v1/users", admin, Map.of("username", name, "password", "reader-password-1",
                "roleIds", List.of(reader.id().toString())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Map.of("id", created.json().get("id"), "token", api.login(name, "reader-password-1").get("accessToken"));
    }

    @Test
    void aRoleTakenAwayIsRefusedAtTheNextRequest() {
        Api api = api();
        String admin = signInAdmin();
        Map<String, Object> user = createReader(api, admin);
        String token = (String) user.get("token");
        assertThat(api.get(LIST_USERS, token).status()).isEqualTo(200);
        assertThat(api.get(LIST_USERS, token).status()).isEqualTo(200);

        Api.Reply updated = api.send("PUT", "/api/v1/users/" + user.get("id"), admin,
                Map.of("roleIds", List.of(), "version", 0));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        assertThat(api.get(LIST_USERS, token).status()).isEqualTo(403);
    }

    @Test
    void aChangeBehindTheApplicationsBackWaitsForTheNextChangeEvent() {
        Api api = api();
        String admin = signInAdmin();
        String token = (String) createReader(api, admin).get("token");
        assertThat(api.get(LIST_DEPARTMENTS, token).status()).isEqualTo(403);

        reader.grant("system:dept:list");
        assertThat(api.get(LIST_DEPARTMENTS, token).status()).as("served from the cache").isEqualTo(403);

        Api.Reply created = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT_DEPT, "name", "Cache test"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(api.get(LIST_DEPARTMENTS, token).status()).isEqualTo(200);
    }
}
