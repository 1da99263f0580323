package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disable, enable, password reset and unlock of someone else's account, through HTTP. */
@MicronautTest(transactional = false)
class UserAdministrationEndToEndTest extends ApiTest {

    @Inject
    UserRepository users;
    @Inject
    RoleHoldings holdings;
    @Inject
    PasswordHasher hasher;

    private Api api;
    private String admin;


    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static String token(Map<String, Object> tokens) {
        return (String) tokens.get("accessToken");
    }

    private User newUser(String password, String... roles) {
        User user = User.register(UserId.newId(), new Username("u" + UUID.randomUUID().toString().substring(0, 8)),
                null, null, hasher.hash(password), false, Instant.now());
        users.add(user);
        for (String role : roles) {
            holdings.assign(user.id(), new RoleCode(role));
        }
        return user;
    }

    private Reply status(User user, String status) {
        return api.send("PUT", "/api/v1/users/" + user.id() + "/status", admin, Map.of("status", status));
    }

    @Test
    void disablingEndsTheUsersSessionsAtOnceAndEnablingLetsThemBackIn() {
        User bob = newUser("bob-password-1");
        String bobsToken = token(api.login(bob.username().value(), "bob-password-1"));

        assertThat(status(bob, "DISABLED").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", bobsToken).status()).isEqualTo(401);
        Reply refused = api.post("/api/v1/auth/login", null,
                Map.of("username", bob.username().value(), "password", "bob-password-1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("code", "ACCOUNT_DISABLED");
        assertThat(status(bob, "DISABLED").status()).as("setting the same status again").isEqualTo(204);

        assertThat(status(bob, "ENABLED").status()).isEqualTo(204);
        api.login(bob.username().value(), "bob-password-1");
    }

    @Test
    void theLastEnabledSuperAdministratorCannotBeDisabled() {
        User admin = users.findByUsername(new Username("admin")).orElseThrow();

        Reply refused = status(admin, "DISABLED");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("code", "CONFLICT");
        assertThat(refused.body()).contains("\"field\":\"status\"");

        User second = newUser("second-admin-pw-1", "super_admin");
        assertThat(status(second, "DISABLED").status()).as("another super admin remains").isEqualTo(204);
    }

    @Test
    void aResetPasswordEndsEverySessionAndMustBeChanged() {
        User carol = newUser("carol-password-1");
        String carolsToken = token(api.login(carol.username().value(), "carol-password-1"));

        Reply reset = api.send("PUT", "/api/v1/users/" + carol.id() + "/password", admin,
                Map.of("password", "temporary-pass-9"));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", carolsToken).status()).isEqualTo(401);
        String fresh = token(api.login(carol.username().value(), "temporary-pass-9"));
        assertThat(api.get("/api/v1/auth/me", fresh).json()).containsEntry("passwordChangeRequired", true);
        assertThat(api.get("/api/v1/auth/sessions", fresh).status()).as("change first").isEqualTo(403);
    }

    @Test
    void unlockLiftsALockAtOnce() {
        User dave = newUser("dave-password-1");
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/login", null, Map.of("username", dave.username().value(), "password", "wrong-" + i));
        }
        assertThat(api.post("/api/v1/auth/login", null,
                Map.of("username", dave.username().value(), "password", "dave-password-1")).status()).isEqualTo(423);

        assertThat(api.send("DELETE", "/api/v1/users/" + dave.id() + "/lock", admin, null).status()).isEqualTo(204);

        api.login(dave.username().value(), "dave-password-1");
    }

    @Test
    void badInputAndUnknownUsersAreNamed() {
        User erin = newUser("erin-password-1");
        String unknown = UUID.randomUUID().toString();

        Reply badStatus = api.send("PUT", "/api/v1/users/" + erin.id() + "/status", admin, Map.of("status", "MAYBE"));
        Reply missingStatus = api.send("PUT", "/api/v1/users/" + erin.id() + "/status", admin, Map.of());
        Reply shortPassword = api.send("PUT", "/api/v1/users/" + erin.id() + "/password", admin,
                Map.of("password", "short"));
        Reply unknownUser = api.send("DELETE", "/api/v1/users/" + unknown + "/lock", admin, null);
        Reply malformedId = api.send("PUT", "/api/v1/users/42/status", admin, Map.of("status", "ENABLED"));

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("\"field\":\"status\"");
        assertThat(missingStatus.status()).isEqualTo(400);
        assertThat(missingStatus.body()).contains("\"field\":\"status\"");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("\"field\":\"password\"");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(malformedId.status()).isEqualTo(400);
        assertThat(malformedId.body()).contains("\"field\":\"id\"");
    }

    @Test
    void withoutThePermissionEveryActionIsForbidden() {
        User plain = newUser("plain-password-1");
        String token = token(api.login(plain.username().value(), "plain-password-1"));

        for (Reply reply : List.of(
                api.send("PUT", "/api/v1/users/" + plain.id() + "/status", token, Map.of("status", "DISABLED")),
                api.send("PUT", "/api/v1/users/" + plain.id() + "/password", token, Map.of("password", "x")),
                api.send("DELETE", "/api/v1/users/" + plain.id() + "/lock", token, null))) {
            assertThat(reply.status()).isEqualTo(403);
        }
    }
}
