package dev.bastion.bootstrap.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server and cache monitors through HTTP, without Redis: every endpoint, each kind of bad input,
 * and who may use them (a role granting the cache screen only sees the cache monitor, nothing more).
 */
@MicronautTest(transactional = false)
class MonitorEndToEndTest extends ApiTest {

    private static final String SERVER = "/api/v1/monitor/server";
    private static final String CACHE = "/api/v1/monitor/cache";
    private static final String KEYS = "/api/v1/monitor/cache/keys";
    /** Menu entries seeded by V13: the Cache screen (monitor:cache:read) and the Server screen. */
    private static final String CACHE_MENU = "01936f6e-0000-7000-8000-000000000205";
    private static final String PASSWORD = "monitor-password-1";

    private Api api;
    private String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.password.argon2.memory-kib", "64");
        properties.put("bastion.password.argon2.iterations", "1");
        return properties;
    }

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void theServerMonitorShowsTheHostTheJvmAndTheDatabase() {
        Reply reply = api.get(SERVER, admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Object> host = map(reply.json().get("host"));
        Map<String, Object> cpu = map(host.get("cpu"));
        assertThat((String) cpu.get("model")).isNotBlank();
        assertThat((Integer) cpu.get("logicalCores")).isPositive();
        assertThat(cpu).containsKey("usagePercent").containsKey("loadAverage1m");
        assertThat(((Number) map(host.get("memory")).get("totalBytes")).longValue()).isPositive();
        assertThat(list(host.get("disks"))).extracting(disk -> disk.get("role")).containsExactly("data", "working");
        Map<String, Object> jvm = map(reply.json().get("jvm"));
        assertThat(((Number) map(jvm.get("heap")).get("usedBytes")).longValue()).isPositive();
        assertThat(list(jvm.get("garbageCollectors"))).isNotEmpty();
        assertThat((Integer) map(jvm.get("threads")).get("live")).isPositive();
        assertThat(jvm).containsKeys("version", "vendor", "startedAt", "uptimeSeconds", "nonHeap");
        Map<String, Object> database = map(reply.json().get("database"));
        assertThat(database).containsEntry("reachable", true);
        assertThat((String) database.get("version")).isNotBlank();
        assertThat(((Number) database.get("sizeBytes")).longValue()).isPositive();
        assertThat(map(database.get("pool"))).containsKeys("active", "idle", "max", "waiting");
    }

    @Test
    void theCacheMonitorCountsHitsAndMissesOfBastionsCaches() {
        api.get("/api/v1/dict-types/user_status/items", admin);
        api.get("/api/v1/dict-types/user_status/items", admin);

        Reply reply = api.get(CACHE, admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("backend", "in-process").containsEntry("redis", null);
        List<Map<String, Object>> caches = list(reply.json().get("caches"));
        assertThat(caches).extracting(cache -> cache.get("name"))
                .containsExactly("access", "dictionaries", "sign-in-policies", "users");
        Map<String, Object> dictionaries = caches.get(1);
        assertThat(((Number) dictionaries.get("entries")).longValue()).isPositive();
        assertThat(((Number) dictionaries.get("hits")).longValue()).isPositive();
        assertThat(((Number) dictionaries.get("misses")).longValue()).isPositive();
        assertThat(dictionaries.get("hitRatio")).isInstanceOf(Number.class);

        String metrics = api.http().get("/prometheus").body();
        assertThat(metrics).contains("bastion_cache_gets_total{cache=\"dictionaries\",result=\"hit\"}")
                .contains("bastion_cache_gets_total{cache=\"access\",result=\"miss\"}")
                .contains("bastion_cache_entries{cache=\"sign-in-policies\"}");
    }

    @Test
    void inProcessTheKeysAreThoseOfBastionsCachesUnderTheirNames() {
        api.get("/api/v1/dict-types/user_status/items", admin);

        Reply all = api.get(KEYS, admin);
        Reply some = api.get(KEYS + "?prefix=dictionaries:", admin);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json()).containsEntry("backend", "in-process").containsEntry("limit", 1000)
                .containsEntry("truncated", false).containsEntry("prefix", "");
        assertThat(some.json()).containsEntry("prefix", "dictionaries:");
        assertThat((List<String>) some.json().get("keys")).contains("dictionaries:user_status")
                .allMatch(key -> key.startsWith("dictionaries:"));
    }

    @Test
    void aPrefixWithGlobOrControlCharactersOrTooLongIsRefusedNamingIt() {
        for (String prefix : List.of("a*", "user?", "[ab]", "a\\b", "a\u0001b", "k".repeat(129))) {
            Reply reply = api.get(KEYS + "?prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8), admin);

            assertThat(reply.status()).as(prefix + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(list(reply.json().get("errors"))).extracting(error -> error.get("field")).containsExactly("prefix");
        }
    }

    @Test
    void aClearEmptiesTheCacheAndAnUnknownNameIsNotFoundNamingIt() {
        api.get("/api/v1/dict-types/user_status/items", admin);

        Reply cleared = api.send("DELETE", CACHE + "/dictionaries", admin, null);

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(204);
        Map<String, Object> dictionaries = list(api.get(CACHE, admin).json().get("caches")).get(1);
        assertThat(dictionaries).containsEntry("name", "dictionaries").containsEntry("entries", 0);
        assertThat(api.send("DELETE", CACHE + "/sign-in-policies", admin, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", CACHE + "/access", admin, null).status()).isEqualTo(204);

        Reply unknown = api.send("DELETE", CACHE + "/no-such-cache", admin, null);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json()).containsEntry("code", "NOT_FOUND");
        assertThat((String) unknown.json().get("detail")).contains("no-such-cache");
    }

    @Test
    void aCacheNameOfAnotherShapeIsRefusedNamingIt() {
        for (String name : List.of("x".repeat(65), "Access", "9lives", "a_b", "a.b")) {
            Reply reply = api.send("DELETE", CACHE + "/" + name, admin, null);

            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(400);
            assertThat(list(reply.json().get("errors"))).extracting(error -> error.get("field")).containsExactly("name");
        }
    }

    @Test
    void withoutATokenEveryMonitorIsUnauthorized() {
        for (Reply reply : List.of(api.get(SERVER, null), api.get(CACHE, null), api.get(KEYS, null),
                api.send("DELETE", CACHE + "/access", null, null))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        }
    }

    @Test
    void aRoleWithTheCacheScreenOnlySeesTheCacheMonitorAndNothingMore() {
        String tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Reply role = api.post("/api/v1/roles", admin, Map.of("code", tag + "_cache", "name", "Cache viewer",
                "dataScope", "SELF", "menuIds", List.of(CACHE_MENU)));
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        Reply user = api.post("/api/v1/users", admin, Map.of("username", tag + "viewer", "password", PASSWORD,
                "roleIds", List.of(role.json().get("id"))));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        String viewer = (String) api.login(tag + "viewer", PASSWORD).get("accessToken");

        assertThat(api.get(CACHE, viewer).status()).isEqualTo(200);
        for (Reply reply : List.of(api.get(SERVER, viewer), api.get(KEYS, viewer), api.get(KEYS + "?prefix=a*", viewer),
                api.send("DELETE", CACHE + "/access", viewer, null),
                api.send("DELETE", CACHE + "/no-such-cache", viewer, null))) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(403);
            assertThat(reply.json()).containsEntry("code", "FORBIDDEN");
        }
    }
}
