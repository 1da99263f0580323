package dev.bastion.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Config parameters through HTTP: every endpoint, each kind of bad input, the built-ins' rules, and
 * sign-in following a parameter changed at run time (lockout, password character classes).
 */
@MicronautTest(transactional = false)
class ConfigParamsEndToEndTest extends ApiTest {

    private static final String CONFIGS = "/api/v1/configs";

    @Inject
    UserRepository users;
    @Inject
    PasswordHasher hasher;

    private Api api;
    private String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        properties.put("bastion.login.max-failures", "4");
        return properties;
    }

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    private static String key(String name) {
        return "test.k" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "." + name;
    }

    private Reply create(Map<String, Object> body) {
        return api.post(CONFIGS, admin, body);
    }

    private Map<String, Object> created(String key, String type, String value, Map<String, Object> constraints) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("name", "Name of " + key.substring(key.lastIndexOf('.') + 1));
        body.put("type", type);
        body.put("value", value);
        if (constraints != null) {
            body.put("constraints", constraints);
        }
        Reply reply = create(body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private Map<String, Object> read(String key) {
        Reply reply = api.get(CONFIGS + "/" + key, admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Reply put(Map<String, Object> param, Map<String, Object> changes) {
        Map<String, Object> body = new LinkedHashMap<>(changes);
        body.put("version", param.get("version"));
        return api.send("PUT", CONFIGS + "/" + param.get("id"), admin, body);
    }

    private Reply setBuiltIn(String key, String value) {
        return put(read(key), Map.of("value", value));
    }

    private static void assertInvalid(Reply reply, String field, String... inMessage) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("code", "VALIDATION_ERROR");
        assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
        for (String text : inMessage) {
            assertThat(reply.body()).contains(text);
        }
    }

    private User newUser(String password) {
        User user = User.register(UserId.newId(), new Username("u" + UUID.randomUUID().toString().substring(0, 8)),
                null, null, hasher.hash(password), false, Instant.now());
        users.add(user);
        return user;
    }

    @Test
    void theBuiltInsAreSeededFromTheEnvironment() {
        Reply listed = api.get(CONFIGS + "?builtIn=true&size=100", admin);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) listed.json().get("items");
        assertThat(items).extracting(i -> i.get("key")).containsExactly("security.lockout.duration",
                "security.lockout.max-failures", "security.lockout.window", "security.login.mode",
                "security.login.rate-per-minute", "security.password.character-classes", "security.password.history",
                "security.password.min-length", "security.token.access-ttl", "security.token.refresh-ttl");
        Map<String, Object> maxFailures = read("security.lockout.max-failures");
        assertThat(maxFailures).containsEntry("type", "INTEGER").containsEntry("value", "4")
                .containsEntry("builtIn", true).containsEntry("constraints", Map.of("min", "1", "max", "1000"));
        assertThat(read("security.lockout.window")).containsEntry("value", "15m").containsEntry("overridden", false);
        assertThat(read("security.token.refresh-ttl")).containsEntry("type", "DURATION").containsEntry("value", "7d");
        assertThat(read("security.login.mode")).containsEntry("value", "multi")
                .containsEntry("constraints", Map.of("allowed", List.of("single", "multi")));
    }

    @Test
    void aParameterIsCreatedReadListedUpdatedAndDeleted() {
        String key = key("greeting");
        Map<String, Object> param = created(key, "STRING", "hello",
                Map.of("pattern", "[a-z]+", "allowed", List.of("hello", "bye")));
        assertThat(param).containsEntry("key", key).containsEntry("value", "hello").containsEntry("builtIn", false)
                .containsEntry("overridden", true).containsEntry("version", 0).containsKeys("id", "createdAt",
                        "updatedAt", "description");
        assertThat(read(key)).isEqualTo(param);
        Reply listed = api.get(CONFIGS + "?key=" + key.substring(0, key.lastIndexOf('.')) + "&type=STRING", admin);
        assertThat(listed.json()).containsEntry("total", 1);

        Reply updated = put(param, Map.of("value", "bye", "description", "a word"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("value", "bye").containsEntry("description", "a word")
                .containsEntry("name", param.get("name")).containsEntry("version", 1);
        Reply stale = put(param, Map.of("value", "hello"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");

        assertThat(api.send("DELETE", CONFIGS + "/" + param.get("id"), admin, null).status()).isEqualTo(204);
        assertThat(api.get(CONFIGS + "/" + key, admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", CONFIGS + "/" + param.get("id"), admin, null).status()).isEqualTo(404);
    }

    @Test
    void aValueThatIsNotOfItsTypeIsRefusedNamingValueAndTheType() {
        assertInvalid(create(Map.of("key", key("n"), "name", "N", "type", "INTEGER", "value", "abc")), "value",
                "INTEGER");
        assertInvalid(create(Map.of("key", key("d"), "name", "D", "type", "DURATION", "value", "P1X")), "value",
                "DURATION");
        assertInvalid(create(Map.of("key", key("j"), "name", "J", "type", "JSON", "value", "{\"a\":")), "value",
                "JSON");
        assertInvalid(create(Map.of("key", key("b"), "name", "B", "type", "BOOLEAN", "value", "yes")), "value",
                "BOOLEAN");
        assertInvalid(create(Map.of("key", key("m"), "name", "M", "type", "DECIMAL", "value", "1,5")), "value",
                "DECIMAL");
        Map<String, Object> json = created(key("json"), "JSON", "{\"a\": [1, 2.5e3, true, null]}", null);
        assertThat(json).containsEntry("value", "{\"a\": [1, 2.5e3, true, null]}");
        Map<String, Object> duration = created(key("ttl"), "DURATION", "PT15M", null);
        assertThat(read((String) duration.get("key"))).containsEntry("value", "PT15M");
    }

    @Test
    void aValueOutsideItsConstraintsIsRefusedNamingTheConstraint() {
        assertInvalid(create(Map.of("key", key("r"), "name", "R", "type", "INTEGER", "value", "11",
                "constraints", Map.of("min", "1", "max", "10"))), "value", "at most 10", "constraints.max");
        assertInvalid(create(Map.of("key", key("p"), "name", "P", "type", "STRING", "value", "ABC",
                "constraints", Map.of("pattern", "[a-z]+"))), "value", "constraints.pattern");
        assertInvalid(create(Map.of("key", key("a"), "name", "A", "type", "DECIMAL", "value", "2.5",
                "constraints", Map.of("allowed", List.of("1.5", "3")))), "value", "constraints.allowed");
        assertInvalid(create(Map.of("key", key("t"), "name", "T", "type", "DURATION", "value", "1s",
                "constraints", Map.of("min", "PT1M"))), "value", "at least PT1M");
    }

    @Test
    void aConstraintThatCannotApplyOrDoesNotParseIsRefusedNamingIt() {
        assertInvalid(create(Map.of("key", key("c"), "name", "C", "type", "INTEGER", "value", "1",
                "constraints", Map.of("pattern", "[0-9]+"))), "constraints.pattern", "only to STRING");
        assertInvalid(create(Map.of("key", key("c"), "name", "C", "type", "BOOLEAN", "value", "true",
                "constraints", Map.of("allowed", List.of("true")))), "constraints.allowed");
        assertInvalid(create(Map.of("key", key("c"), "name", "C", "type", "STRING", "value", "x",
                "constraints", Map.of("min", "1"))), "constraints.min");
        assertInvalid(create(Map.of("key", key("c"), "name", "C", "type", "STRING", "value", "x",
                "constraints", Map.of("pattern", "(unclosed"))), "constraints.pattern", "regular expression");
        assertInvalid(create(Map.of("key", key("c"), "name", "C", "type", "INTEGER", "value", "5",
                "constraints", Map.of("min", "9", "max", "1"))), "constraints.min");
    }

    @Test
    void aPatternThatBacktracksForeverIsCutShort() {
        long start = System.nanoTime();
        Reply reply = create(Map.of("key", key("evil"), "name", "E", "type", "STRING",
                "value", "a".repeat(30) + "!", "constraints", Map.of("pattern", "(.*a){20}")));

        assertInvalid(reply, "value", "simplify constraints.pattern");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void badFieldsAreRefusedNamingThem() {
        assertInvalid(create(Map.of("key", key("t"), "name", "T", "type", "FLOAT", "value", "1")), "type",
                "STRING | INTEGER | BOOLEAN | DECIMAL | DURATION | JSON");
        assertInvalid(create(Map.of("key", "Not.A Key", "name", "K", "type", "STRING", "value", "1")), "key");
        assertInvalid(create(Map.of("key", "single", "name", "K", "type", "STRING", "value", "1")), "key");
        assertInvalid(create(Map.of("key", "a." + "b".repeat(100), "name", "K", "type", "STRING", "value", "1")),
                "key");
        assertInvalid(create(Map.of("key", key("n"), "name", "n".repeat(65), "type", "STRING", "value", "1")),
                "name");
        assertInvalid(create(Map.of("key", key("v"), "name", "V", "type", "STRING", "value", "v".repeat(4001))),
                "value");
        assertInvalid(create(Map.of("key", key("d"), "name", "D", "type", "STRING", "value", "1",
                "description", "d".repeat(501))), "description");
        assertInvalid(api.get(CONFIGS + "?type=FLOAT", admin), "type");
        assertInvalid(api.get(CONFIGS + "?builtIn=maybe", admin), "builtIn");
        assertInvalid(api.send("PUT", CONFIGS + "/not-an-id", admin, Map.of("value", "1", "version", 0)), "idOrKey");
        assertInvalid(api.send("DELETE", CONFIGS + "/not-an-id", admin, null), "idOrKey");
    }

    @Test
    void aDuplicateKeyIsAConflict() {
        String key = key("dup");
        created(key, "INTEGER", "1", null);

        Reply again = create(Map.of("key", key, "name", "Again", "type", "BOOLEAN", "value", "true"));

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json()).containsEntry("code", "CONFLICT");
        assertThat(create(Map.of("key", "security.login.mode", "name", "X", "type", "STRING", "value", "x"))
                .status()).isEqualTo(409);
    }

    @Test
    void aBuiltInKeepsItsTypeAndConstraintsAndCannotBeDeleted() {
        Map<String, Object> minLength = read("security.password.min-length");

        Reply deleted = api.send("DELETE", CONFIGS + "/" + minLength.get("id"), admin, null);
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.json()).containsEntry("code", "CONFLICT");
        assertThat(deleted.body()).contains("built in");
        assertInvalid(put(minLength, Map.of("type", "STRING")), "type", "built-in");
        assertInvalid(put(minLength, Map.of("constraints", Map.of("min", "1"))), "constraints", "built-in");
        assertInvalid(put(minLength, Map.of("value", "5")), "value", "at least 8");
        assertInvalid(put(minLength, Map.of("key", "security.password.other", "value", "12")), "key");
        Reply same = put(minLength, Map.of("type", "INTEGER", "constraints", minLength.get("constraints"),
                "name", "Shortest password"));
        assertThat(same.status()).as("sending back what was read is fine: " + same.body()).isEqualTo(200);
        assertThat(same.json()).containsEntry("name", "Shortest password").containsEntry("overridden", false);
    }

    @Test
    void aBuiltInValueThatBreaksARuleBetweenBuiltInsIsRefused() {
        assertInvalid(setBuiltIn("security.token.refresh-ttl", "1m"), "value", "refresh");
        assertInvalid(setBuiltIn("security.token.access-ttl", "30d"), "value", "refresh");
        assertThat(read("security.token.refresh-ttl")).containsEntry("value", "7d");
    }

    @Test
    void aLockoutCountChangedAtRunTimeAppliesToTheNextSignIn() {
        User user = newUser("right-password-1");
        Reply changed = setBuiltIn("security.lockout.max-failures", "2");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("value", "2").containsEntry("overridden", true);

        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/v1/auth/login", null, Map.of("username", user.username().value(),
                    "password", "wrong-password")).status()).isEqualTo(401);
        }
        Reply locked = api.post("/api/v1/auth/login", null, Map.of("username", user.username().value(),
                "password", "right-password-1"));
        assertThat(locked.status()).as(locked.body()).isEqualTo(423);
        setBuiltIn("security.lockout.max-failures", "4");
    }

    @Test
    void passwordCharacterClassesChangedAtRunTimeApplyToTheNextPasswordChange() {
        User user = newUser("first-password-1");
        String token = (String) api.login(user.username().value(), "first-password-1").get("accessToken");
        assertThat(setBuiltIn("security.password.character-classes", "3").status()).isEqualTo(200);
        try {
            Reply refused = api.send("PUT", "/api/v1/auth/me/password", token,
                    Map.of("oldPassword", "first-password-1", "newPassword", "onlylowerdigits22"));
            assertInvalid(refused, "newPassword", "at least 3");

            Reply accepted = api.send("PUT", "/api/v1/auth/me/password", token,
                    Map.of("oldPassword", "first-password-1", "newPassword", "Upper-Lower-Digit-3"));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
            assertInvalid(api.post("/api/v1/users", admin, Map.of("username", "u" + UUID.randomUUID().toString()
                    .substring(0, 8), "password", "onlylowercaseletters")), "password", "at least 3");
            assertInvalid(api.send("PUT", "/api/v1/users/" + user.id() + "/password", admin,
                    Map.of("password", "ONLYUPPERCASE1")), "password", "at least 3");
        } finally {
            setBuiltIn("security.password.character-classes", "0");
        }
    }

    @Test
    void withoutThePermissionEveryOperationIsForbidden() {
        User plain = newUser("plain-password-1");
        String token = (String) api.login(plain.username().value(), "plain-password-1").get("accessToken");
        String id = (String) read("security.login.mode").get("id");

        for (Reply reply : List.of(api.get(CONFIGS, token), api.get(CONFIGS + "/security.login.mode", token),
                api.post(CONFIGS, token, Map.of("key", key("x"), "name", "X", "type", "STRING", "value", "x")),
                api.send("PUT", CONFIGS + "/" + id, token, Map.of("value", "single", "version", 0)),
                api.send("DELETE", CONFIGS + "/" + id, token, null))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
        }
    }

    @Test
    void aParameterIsAddressedByItsKeyOrItsId() {
        String key = key("address");
        Map<String, Object> param = created(key, "STRING", "first", null);
        String id = (String) param.get("id");

        assertThat(read(id)).containsEntry("key", key).containsEntry("value", "first");
        Reply byKey = api.send("PUT", CONFIGS + "/" + key, admin, Map.of("value", "second", "version", param.get("version")));
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(200);
        assertThat(read(id)).containsEntry("value", "second");
        assertInvalid(api.get(CONFIGS + "/not-a-key-or-id", admin), "idOrKey");
        assertInvalid(api.get(CONFIGS + "/Upper.Case", admin), "idOrKey");
        assertThat(api.get(CONFIGS + "/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", CONFIGS + "/" + key("missing"), admin, null).status()).isEqualTo(404);

        assertThat(api.send("DELETE", CONFIGS + "/" + key, admin, null).status()).isEqualTo(204);
        assertThat(api.get(CONFIGS + "/" + id, admin).status()).isEqualTo(404);
    }
}
