package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.TestClock;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sign-in, tokens, sessions and the login log through HTTP, on the in-process twins. */
@MicronautTest(transactional = false)
class AuthEndToEndTest extends ApiTest {

    static final String SECRET = "test-only-secret-that-is-at-least-32-bytes-long-0123456789";

    @Inject
    UserRepository users;
    @Inject
    RoleHoldings holdings;
    @Inject
    PasswordHasher hasher;
    @Inject
    TestClock clock;

    private final AtomicInteger names = new AtomicInteger();


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A user of this test alone, enabled, with the given password and roles. */
    private String newUser(String password, boolean mustChange, String... roles) {
        String name = "user" + names.incrementAndGet() + "_" + System.nanoTime() % 100000;
        User user = User.register(UserId.newId(), new Username(name), null, null, hasher.hash(password), mustChange,
                Instant.now());
        users.add(user);
        for (String role : roles) {
            holdings.assign(user.id(), new RoleCode(role));
        }
        return name;
    }

    private static String token(Map<String, Object> tokens) {
        return (String) tokens.get("accessToken");
    }

    // ------------------------------------------------------------------ sign-in

    @Test
    void adminSignsInAndSeesSuperAdminWithTheWildcardPermission() {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);

        assertThat(tokens).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900)
                .containsKeys("accessToken", "refreshToken", "sessionId", "refreshExpiresIn");
        Reply me = api().get("/api/v1/auth/me", token(tokens));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("username", "admin")
                .containsEntry("roles", List.of("super_admin"))
                .containsEntry("permissions", List.of("*"));
        assertThat(me.json()).as("every field of the contract is present, null when unknown")
                .containsKeys("id", "nickname", "email", "phone", "deptId");
    }

    @Test
    void theAccessTokenCarriesSubSidIatExpAndJti() throws Exception {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);

        JWTClaimsSet claims = SignedJWT.parse(token(tokens)).getJWTClaimsSet();

        assertThat(claims.getSubject()).isNotBlank();
        assertThat(claims.getStringClaim("sid")).isEqualTo(tokens.get("sessionId"));
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Reply wrong = api().post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "nope-nope-nope"));
        Reply unknown = api().post("/api/v1/auth/login", null, Map.of("username", "nobody", "password", "nope-nope-nope"));

        for (Reply reply : List.of(wrong, unknown)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json()).containsEntry("code", "INVALID_CREDENTIALS");
        }
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void aDisabledUserWithTheRightPasswordIsForbiddenAndWithAWrongOneUnauthorized() {
        String name = newUser("right-password-1", false);
        User user = users.findByUsername(new Username(name)).orElseThrow();
        user.disable(Instant.now());
        users.update(user);

        Reply right = api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "right-password-1"));
        Reply wrong = api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "wrong-password-1"));

        assertThat(right.status()).isEqualTo(403);
        assertThat(right.json()).containsEntry("code", "ACCOUNT_DISABLED");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json()).containsEntry("code", "INVALID_CREDENTIALS");
    }

    @Test
    void badLoginInputIsNamedBeforeAnyHashing() {
        Reply missing = api().post("/api/v1/auth/login", null, Map.of("password", "x"));
        Reply empty = api().post("/api/v1/auth/login", null, Map.of("username", "", "password", ""));
        Reply longName = api().post("/api/v1/auth/login", null, Map.of("username", "u".repeat(65), "password", "x"));
        Reply longPassword = api().post("/api/v1/auth/login", null,
                Map.of("username", "admin", "password", "p".repeat(129)));
        Reply notJson = api().post("/api/v1/auth/login", null, "{\"username\":");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"username\"");
        assertThat(empty.body()).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.body()).contains("\"field\":\"username\"");
        assertThat(longPassword.status()).isEqualTo(400);
        assertThat(longPassword.body()).contains("\"field\":\"password\"");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json()).containsEntry("code", "VALIDATION_ERROR");
    }

    // ------------------------------------------------------------------ tokens

    @Test
    void garbageExpiredForeignAndUnsignedTokensAreUnauthorized() throws Exception {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);
        JWTClaimsSet real = SignedJWT.parse(token(tokens)).getJWTClaimsSet();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(real)
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(1800))).build();
        String expiredToken = sign(expired, SECRET);
        String foreignToken = sign(real, "another-secret-that-is-also-32-bytes-or-more!!");
        String unsignedToken = new PlainJWT(real).serialize();
        String[] parts = token(tokens).split("\\.");
        String noneAlgorithm = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";

        String noExpiry = sign(new JWTClaimsSet.Builder(real).expirationTime(null).build(), SECRET);
        String notYet = sign(new JWTClaimsSet.Builder(real)
                .notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build(), SECRET);
        String noIssueTime = sign(new JWTClaimsSet.Builder(real).issueTime(null).build(), SECRET);
        String issuedLater = sign(new JWTClaimsSet.Builder(real)
                .issueTime(Date.from(Instant.now().plusSeconds(600))).build(), SECRET);

        for (String bad : List.of("garbage", expiredToken, foreignToken, unsignedToken, noneAlgorithm, noExpiry,
                notYet, noIssueTime, issuedLater)) {
            Reply reply = api().get("/api/v1/auth/me", bad);
            assertThat(reply.status()).as(bad).isEqualTo(401);
            assertThat(reply.json()).containsEntry("code", "UNAUTHORIZED");
        }
        assertThat(api().get("/api/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(200);
    }

    private static String sign(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes()));
        return jwt.serialize();
    }

    @Test
    void refreshRotatesAndAReusedTokenKillsTheWholeSession() {
        Map<String, Object> first = api().login("admin", ADMIN_PASSWORD);

        Reply rotated = api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", first.get("refreshToken")));
        assertThat(rotated.status()).isEqualTo(200);
        Map<String, Object> second = rotated.json();
        assertThat(second.get("refreshToken")).isNotEqualTo(first.get("refreshToken"));
        assertThat(second.get("sessionId")).isEqualTo(first.get("sessionId"));
        assertThat(api().get("/api/v1/auth/me", token(second)).status()).isEqualTo(200);

        Reply reused = api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", first.get("refreshToken")));

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json()).containsEntry("code", "REFRESH_TOKEN_INVALID");
        assertThat(api().get("/api/v1/auth/me", token(second)).status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", second.get("refreshToken")))
                .status()).isEqualTo(401);
    }

    @Test
    void badRefreshTokensAreRefusedWithTheirCode() {
        for (String bad : List.of("garbage", "0190f0e4-6b8a-7c3d-9e2f-1a2b3c4d5e6f.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            Reply reply = api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", bad));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json()).containsEntry("code", "REFRESH_TOKEN_INVALID");
        }
        Reply empty = api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"refreshToken\"");
    }

    @Test
    void concurrentRefreshesWithOneTokenYieldAtMostOneNewPair() throws Exception {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return api().post("/api/v1/auth/refresh", null,
                            Map.of("refreshToken", tokens.get("refreshToken"))).status();
                }));
            }
            go.countDown();
            int successes = 0;
            for (Future<Integer> status : statuses) {
                successes += status.get(30, TimeUnit.SECONDS) == 200 ? 1 : 0;
            }
            assertThat(successes).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutEndsAccessAndRefreshAtOnce() {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);

        Reply logout = api().post("/api/v1/auth/logout", token(tokens), null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/refresh", null, Map.of("refreshToken", tokens.get("refreshToken")))
                .status()).isEqualTo(401);
    }

    // The access tokens verified once are remembered (adapters-rest VerifiedTokens): the tests below
    // use a token on /auth/me first, so that what follows is answered from that memory.

    @Test
    void signingOutRefusesARememberedTokenOnTheVeryNextRequest() {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(200);

        assertThat(api().post("/api/v1/auth/logout", token(tokens), null).status()).isEqualTo(204);

        Reply next = api().get("/api/v1/auth/me", token(tokens));
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.json()).containsEntry("code", "UNAUTHORIZED");
    }

    @Test
    void aTamperedSignatureIsRefusedAfterTheGenuineTokenWasRemembered() {
        String genuine = token(api().login("admin", ADMIN_PASSWORD));
        assertThat(api().get("/api/v1/auth/me", genuine).status()).isEqualTo(200);
        // the middle of the signature: its last character carries padding bits a decoder may ignore
        int middle = genuine.lastIndexOf('.') + (genuine.length() - genuine.lastIndexOf('.')) / 2;
        String tampered = genuine.substring(0, middle) + (genuine.charAt(middle) == 'A' ? 'B' : 'A')
                + genuine.substring(middle + 1);

        Reply reply = api().get("/api/v1/auth/me", tampered);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json()).containsEntry("code", "UNAUTHORIZED");
        assertThat(api().get("/api/v1/auth/me", genuine).status()).isEqualTo(200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceTheClockPassesItsExpiry() {
        Map<String, Object> tokens = api().login("admin", ADMIN_PASSWORD);
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(900));

        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ password

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnythingElse() {
        String name = newUser("generated-pass-1", true, "super_admin");
        Map<String, Object> tokens = api().login(name, "generated-pass-1");

        Reply blocked = api().get("/api/v1/sessions", token(tokens));
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json()).containsEntry("code", "PASSWORD_CHANGE_REQUIRED");
        assertThat(api().get("/api/v1/auth/me", token(tokens)).status()).isEqualTo(200);

        Reply changed = api().send("PUT", "/api/v1/auth/me/password", token(tokens),
                Map.of("oldPassword", "generated-pass-1", "newPassword", "my-own-password-1"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/sessions", token(tokens)).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndKeepsThisOne() {
        String name = newUser("first-password-1", false);
        Map<String, Object> here = api().login(name, "first-password-1");
        Map<String, Object> elsewhere = api().login(name, "first-password-1");

        Reply changed = api().send("PUT", "/api/v1/auth/me/password", token(here),
                Map.of("oldPassword", "first-password-1", "newPassword", "second-password-2"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/auth/me", token(here)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/auth/me", token(elsewhere)).status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "first-password-1"))
                .status()).isEqualTo(401);
        api().login(name, "second-password-2");
    }

    @Test
    void passwordPolicyViolationsNameTheField() {
        String name = newUser("policy-password-1", false);
        String token = token(api().login(name, "policy-password-1"));

        Reply tooShort = api().send("PUT", "/api/v1/auth/me/password", token,
                Map.of("oldPassword", "policy-password-1", "newPassword", "short"));
        Reply sameAsName = api().send("PUT", "/api/v1/auth/me/password", token,
                Map.of("oldPassword", "policy-password-1", "newPassword", name.toUpperCase()));
        Reply reused = api().send("PUT", "/api/v1/auth/me/password", token,
                Map.of("oldPassword", "policy-password-1", "newPassword", "policy-password-1"));
        Reply wrongOld = api().send("PUT", "/api/v1/auth/me/password", token,
                Map.of("oldPassword", "not-the-password", "newPassword", "brand-new-password-9"));
        Reply missing = api().send("PUT", "/api/v1/auth/me/password", token, Map.of("oldPassword", "x"));

        for (Reply reply : List.of(tooShort, sameAsName, reused)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.body()).contains("\"field\":\"newPassword\"");
        }
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.body()).contains("\"field\":\"oldPassword\"");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"newPassword\"");
    }

    // ------------------------------------------------------------------ sessions

    @Test
    void ownSessionsAreListedWithTheCurrentOneMarkedAndOthersCanBeSignedOut() {
        String name = newUser("sessions-password-1", false);
        Map<String, Object> here = api().login(name, "sessions-password-1");
        Map<String, Object> elsewhere = api().login(name, "sessions-password-1");

        List<Object> mine = api().get("/api/v1/auth/sessions", token(here)).jsonArray();
        assertThat(mine).hasSize(2);
        assertThat(mine).anySatisfy(s -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> session = (Map<String, Object>) s;
            assertThat(session).containsEntry("id", here.get("sessionId")).containsEntry("current", true);
        });

        assertThat(api().send("DELETE", "/api/v1/auth/sessions/others", token(here), null).status()).isEqualTo(204);

        assertThat(api().get("/api/v1/auth/me", token(elsewhere)).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/auth/sessions", token(here)).jsonArray()).hasSize(1);
    }

    @Test
    void onlineSessionsArePagedAndAForcedLogoutEndsOne() {
        String admin = token(api().login("admin", ADMIN_PASSWORD));
        String name = newUser("victim-password-1", false);
        Map<String, Object> victim = api().login(name, "victim-password-1");

        Reply page = api().get("/api/v1/sessions?page=1&size=2", admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).containsEntry("page", 1).containsEntry("size", 2).containsKeys("total", "totalPages");
        assertThat((List<?>) page.json().get("items")).hasSizeLessThanOrEqualTo(2);

        Reply forced = api().send("DELETE", "/api/v1/sessions/" + victim.get("sessionId"), admin, null);

        assertThat(forced.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/auth/me", token(victim)).status()).isEqualTo(401);
        assertThat(api().send("DELETE", "/api/v1/sessions/" + victim.get("sessionId"), admin, null).status())
                .isEqualTo(404);
        Reply malformed = api().send("DELETE", "/api/v1/sessions/not-a-uuid", admin, null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"sessionId\"");
    }

    @Test
    void pagingOutOfRangeOrAnUnknownSortIsAValidationError() {
        String admin = token(api().login("admin", ADMIN_PASSWORD));

        assertThat(api().get("/api/v1/sessions?size=101", admin).body()).contains("\"field\":\"size\"");
        assertThat(api().get("/api/v1/sessions?page=0", admin).body()).contains("\"field\":\"page\"");
        assertThat(api().get("/api/v1/sessions?sort=password,asc", admin).body()).contains("\"field\":\"sort\"");
        assertThat(api().get("/api/v1/logs/logins?size=abc", admin).body()).contains("\"field\":\"size\"");
    }

    @Test
    void aUserWithoutThePermissionIsForbiddenAndWithoutATokenUnauthorized() {
        String name = newUser("plain-password-1", false);
        String token = token(api().login(name, "plain-password-1"));

        Reply forbidden = api().get("/api/v1/sessions", token);
        Reply anonymous = api().get("/api/v1/sessions", null);
        Reply forbiddenDelete = api().send("DELETE", "/api/v1/sessions/not-a-uuid", token, null);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json()).containsEntry("code", "FORBIDDEN");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forbiddenDelete.status()).as("permission before validation").isEqualTo(403);
    }

    // ------------------------------------------------------------------ lockout and log

    @Test
    void fiveFailuresLockTheAccountUntilTheLockExpires() {
        String name = newUser("locked-password-1", false);
        for (int i = 0; i < 5; i++) {
            assertThat(api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "wrong-" + i))
                    .status()).isEqualTo(401);
        }

        Reply locked = api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "locked-password-1"));

        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json()).containsEntry("code", "ACCOUNT_LOCKED").containsKey("lockedUntil");
        clock.advance(Duration.ofMinutes(16));
        assertThat(api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "locked-password-1"))
                .status()).isEqualTo(200);
    }

    @Test
    void everyAttemptIsInTheLoginLogWithoutThePassword() {
        String name = newUser("logged-password-1", false);
        api().post("/api/v1/auth/login", null, Map.of("username", name, "password", "wrong-password-x"));
        api().login(name, "logged-password-1");
        String admin = token(api().login("admin", ADMIN_PASSWORD));

        Reply log = api().get("/api/v1/logs/logins?username=" + name.toUpperCase(), admin);
        Reply failures = api().get("/api/v1/logs/logins?username=" + name + "&outcome=WRONG_PASSWORD", admin);
        Reply future = api().get("/api/v1/logs/logins?username=" + name + "&from="
                + Instant.now().plusSeconds(3600), admin);
        Reply badOutcome = api().get("/api/v1/logs/logins?outcome=MAYBE", admin);

        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json()).containsEntry("total", 2);
        assertThat(log.body()).doesNotContain("logged-password-1").doesNotContain("wrong-password-x");
        assertThat(failures.json()).containsEntry("total", 1);
        assertThat(future.json()).containsEntry("total", 0);
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.body()).contains("\"field\":\"outcome\"");
    }
}
