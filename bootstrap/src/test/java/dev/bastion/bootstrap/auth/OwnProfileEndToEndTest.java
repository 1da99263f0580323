package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PUT /auth/me}: a signed-in user changes their own nickname, email and phone, and nothing else. */
@MicronautTest(transactional = false)
class OwnProfileEndToEndTest extends ApiTest {

    private static final String PASSWORD = "own-profile-password-1";

    @Inject
    UserRepository users;
    @Inject
    RoleHoldings holdings;
    @Inject
    PasswordHasher hasher;

    private Api api;
    private User user;
    private String token;

    @BeforeEach
    void signIn() {
        api = api();
        user = User.register(UserId.newId(), new Username("self" + UUID.randomUUID().toString().substring(0, 8)),
                null, null, hasher.hash(PASSWORD), false, Instant.now());
        users.add(user);
        holdings.assign(user.id(), new RoleCode("user"));
        token = (String) api.login(user.username().value(), PASSWORD).get("accessToken");
    }

    private Map<String, Object> me() {
        Reply me = api.get("/api/v1/auth/me", token);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json();
    }

    private Reply put(Map<String, Object> body) {
        return api.send("PUT", "/api/v1/auth/me", token, body);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void theCallerChangesTheirProfileAndReadsItBack() {
        Map<String, Object> before = me();
        assertThat(before).containsEntry("mustChangePassword", false).containsEntry("passwordChangeRequired", false)
                .containsEntry("nickname", user.username().value());

        Reply changed = put(body("nickname", "Self Made", "email", "self@example.com", "phone", "+1 555 0100",
                "version", before.get("version")));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("nickname", "Self Made").containsEntry("email", "self@example.com")
                .containsEntry("phone", "+1 555 0100").containsEntry("roles", List.of("user"));
        assertThat(((Number) changed.json().get("version")).longValue())
                .isEqualTo(((Number) before.get("version")).longValue() + 1);
        assertThat(me()).isEqualTo(changed.json());
    }

    @Test
    void fieldsLeftOutKeepTheirValueAndNullClears() {
        put(body("nickname", "Keeper", "email", "keep@example.com", "version", me().get("version")));

        Reply cleared = put(body("email", null, "version", me().get("version")));

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json()).containsEntry("nickname", "Keeper").containsEntry("email", null);
    }

    @Test
    void rolesDepartmentAndStatusAreNotTheCallersToChange() {
        Object version = me().get("version");
        for (String field : List.of("roleIds", "deptId", "status", "username", "mustChangePassword")) {
            Object value = field.equals("roleIds") ? List.of(UUID.randomUUID().toString()) : "x";
            Reply refused = put(body("nickname", "Sneaky", field, value, "version", version));

            assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(me()).containsEntry("nickname", user.username().value()).containsEntry("roles", List.of("user"));
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        Object version = me().get("version");
        Reply badEmail = put(body("email", "not-an-email", "version", version));
        Reply badPhone = put(body("phone", "call me", "version", version));
        Reply longNickname = put(body("nickname", "n".repeat(65), "version", version));
        Reply missingVersion = put(body("nickname", "No version"));
        Reply wrongType = put(body("nickname", List.of("a"), "version", version));

        assertThat(badEmail.body()).contains("\"field\":\"email\"");
        assertThat(badPhone.body()).contains("\"field\":\"phone\"");
        assertThat(longNickname.body()).contains("\"field\":\"nickname\"");
        assertThat(missingVersion.body()).contains("\"field\":\"version\"");
        assertThat(wrongType.body()).contains("\"field\":\"nickname\"");
        for (Reply reply : List.of(badEmail, badPhone, longNickname, missingVersion, wrongType)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        }
        assertThat(me()).containsEntry("version", version).containsEntry("nickname", user.username().value());
    }

    @Test
    void aStaleVersionIsAConflict() {
        Object version = me().get("version");
        put(body("nickname", "First", "version", version));

        Reply stale = put(body("nickname", "Second", "version", version));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("VERSION_CONFLICT");
        assertThat(me()).containsEntry("nickname", "First");
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        Reply anonymous = api.send("PUT", "/api/v1/auth/me", null, body("nickname", "Nobody", "version", 0));

        assertThat(anonymous.status()).isEqualTo(401);
    }
}
