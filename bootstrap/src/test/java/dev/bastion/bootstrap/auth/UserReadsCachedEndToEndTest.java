package dev.bastion.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user listing and users read by id are served from each instance's cache once asked: these
 * tests hold them to the database through HTTP. After every kind of write an API consumer can make,
 * the listing a viewer asked before equals one of a page size never asked (read from the database),
 * total included, each user read by id equals its listed self, and a user who left the listing is
 * not found; and while users are created and deleted concurrently, every listing's total lies
 * between the writes answered before it was asked and those begun before it was answered.
 */
@MicronautTest(transactional = false)
class UserReadsCachedEndToEndTest extends ApiTest {

    private static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    private static final String READ_USER = "01936f6e-0000-7000-8000-000000000110";
    private static final String PASSWORD = "listed-pass-123";

    private Api api;
    private String admin;
    private String tag;
    private String janePassword = PASSWORD;
    /** Page sizes not asked yet: a listing of one of them is read from the database. */
    private int freshSize = 99;

    @BeforeEach
    void setUp() {
        api = api();
        admin = signInAdmin();
        tag = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private Map<String, Object> ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.status() == 204 ? Map.of() : reply.json();
    }

    private Map<String, Object> user(String name, String dept, Object... roleIds) {
        return ok(api.post("/api/v1/users", admin, Map.of("username", tag + name, "password", PASSWORD,
                "deptId", dept, "roleIds", List.of(roleIds))), 201);
    }

    private String signIn(String name) {
        return (String) api.login(tag + name, name.equals("_jane") ? janePassword : PASSWORD).get("accessToken");
    }

    private String dept(String parent, String name) {
        return (String) ok(api.post("/api/v1/depts", admin, Map.of("parentId", parent, "name", name)), 201).get("id");
    }

    private long version(Map<String, Object> resource) {
        return ((Number) resource.get("version")).longValue();
    }

    private Map<String, Object> current(String path) {
        return ok(api.get(path, admin), 200);
    }

    /** The viewer's listing of this test's users: items and total, without the page's own fields. */
    private Map<String, Object> listing(String token, int size) {
        Map<String, Object> page = ok(api.get("/api/v1/users?sort=username,asc&username=" + tag + "&size=" + size,
                token), 200);
        return Map.of("items", page.get("items"), "total", page.get("total"));
    }

    /**
     * Runs {@code write} between a listing of size 100 asked (so cached) before it and the same
     * listing after it, which must equal one read from the database, and differ from the one before
     * when {@code changesTheListing}.
     */
    private void afterEach(String what, String viewer, boolean changesTheListing, Runnable write) {
        Map<String, Object> before = listing(viewer, 100);
        assertThat(listing(viewer, 100)).as(what + ": asked again").isEqualTo(before);
        readEachById(what + ": before the write", viewer, before);

        write.run();

        Map<String, Object> after = listing(viewer, 100);
        Map<String, Object> fromTheDatabase = listing(viewer, freshSize--);
        assertThat(after).as(what + ": the listing asked before, after the write").isEqualTo(fromTheDatabase);
        readEachById(what + ": after the write", viewer, fromTheDatabase);
        List<Object> gone = new ArrayList<>(items(before).stream().map(user -> user.get("id")).toList());
        gone.removeAll(items(after).stream().map(user -> user.get("id")).toList());
        for (Object id : gone) {
            assertThat(api.get("/api/v1/users/" + id, viewer).status()).as(what + ": left the listing").isEqualTo(404);
        }
        if (changesTheListing) {
            assertThat(after).as(what + ": the write shows").isNotEqualTo(before);
        } else {
            assertThat(after).as(what + ": nothing to show").isEqualTo(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> listing) {
        return (List<Map<String, Object>>) listing.get("items");
    }

    /** Each listed user read by id (asked twice: the second answer comes from the cache) is as listed. */
    private void readEachById(String what, String viewer, Map<String, Object> listing) {
        for (Map<String, Object> user : items(listing)) {
            for (int read = 0; read < 2; read++) {
                assertThat(ok(api.get("/api/v1/users/" + user.get("id"), viewer), 200)).as(what + ": by id")
                        .isEqualTo(user);
            }
        }
    }

    @Test
    void everyKindOfWriteShowsInTheNextListingAndReadByIdOfEveryViewer() {
        String a = dept(ROOT, "A");
        String b = dept(ROOT, "B");
        Map<String, Object> lister = ok(api.post("/api/v1/roles", admin, Map.of("code", tag + "_lister",
                "name", "Lister", "dataScope", "DEPT_AND_CHILDREN", "menuIds", List.of(USERS_MENU, READ_USER))), 201);
        Map<String, Object> spare = ok(api.post("/api/v1/roles", admin, Map.of("code", tag + "_spare",
                "name", "Spare", "menuIds", List.of())), 201);
        user("_mgr", a, lister.get("id"));
        String manager = signIn("_mgr");
        Map<String, Object> jane = user("_jane", a);
        String janePath = "/api/v1/users/" + jane.get("id");

        for (String viewer : List.of(admin, manager)) {
            String who = viewer.equals(admin) ? "admin: " : "manager: ";
            afterEach(who + "created", viewer, true, () -> user("_x" + freshSize, a));
            afterEach(who + "profile", viewer, true, () -> ok(api.send("PUT", janePath, admin,
                    Map.of("nickname", "Jane " + freshSize, "version", version(current(janePath)))), 200));
            afterEach(who + "the same again", viewer, false, () -> ok(api.send("PUT", janePath, admin,
                    Map.of("nickname", current(janePath).get("nickname"), "version", version(current(janePath)))),
                    200));
            afterEach(who + "roles", viewer, true, () -> ok(api.send("PUT", janePath, admin,
                    Map.of("roleIds", ((List<?>) current(janePath).get("roleIds")).isEmpty()
                            ? List.of(spare.get("id")) : List.of(), "version", version(current(janePath)))), 200));
            afterEach(who + "disabled", viewer, true, () -> ok(api.send("PUT", janePath + "/status", admin,
                    Map.of("status", "DISABLED")), 204));
            afterEach(who + "enabled", viewer, true, () -> ok(api.send("PUT", janePath + "/status", admin,
                    Map.of("status", "ENABLED")), 204));
            afterEach(who + "own profile", viewer, true, () -> ok(api.send("PUT", "/api/v1/auth/me", signIn("_jane"),
                    Map.of("email", tag + freshSize + "@example.com", "version", version(current(janePath)))), 200));
            afterEach(who + "password reset", viewer, true, () -> {
                janePassword = PASSWORD + freshSize;
                ok(api.send("PUT", janePath + "/password", admin, Map.of("password", janePassword)), 204);
            });
            afterEach(who + "own password", viewer, true, () -> {
                String token = signIn("_jane");
                String chosen = janePassword + "!";
                ok(api.send("PUT", "/api/v1/auth/me/password", token,
                        Map.of("oldPassword", janePassword, "newPassword", chosen)), 204);
                janePassword = chosen;
            });
            afterEach(who + "imported", viewer, who.startsWith("admin"), () -> assertThat(api.http().send("POST",
                    "/api/v1/users/import", "text/csv", "username\n" + tag + "_imp" + freshSize + "\n",
                    "Authorization", "Bearer " + admin).statusCode()).isBetween(200, 201));
            afterEach(who + "moved out", viewer, true, () -> ok(api.send("PUT", janePath, admin,
                    Map.of("deptId", b, "version", version(current(janePath)))), 200));
            afterEach(who + "moved back", viewer, true, () -> ok(api.send("PUT", janePath, admin,
                    Map.of("deptId", a, "version", version(current(janePath)))), 200));
            String below = dept(ROOT, "Below" + freshSize);
            String bob = (String) user("_bob" + freshSize, below).get("id");
            afterEach(who + "department moved into the scope", viewer, who.startsWith("manager"), () -> ok(api.send(
                    "PUT", "/api/v1/depts/" + below, admin, Map.of("parentId", a, "name", "Below",
                            "version", version(current("/api/v1/depts/" + below)))), 200));
            afterEach(who + "deleted", viewer, true, () -> ok(api.send("DELETE", "/api/v1/users/" + bob, admin,
                    null), 204));
        }
        String lister2 = (String) lister.get("id");
        afterEach("manager: the role's scope narrowed", manager, true, () -> ok(api.send("PUT",
                "/api/v1/roles/" + lister2, admin, Map.of("code", tag + "_lister", "name", "Lister",
                        "dataScope", "SELF", "menuIds", List.of(USERS_MENU, READ_USER),
                        "version", version(current("/api/v1/roles/" + lister2)))), 200));
    }

    @Test
    void whileUsersAreCreatedAndDeletedEveryTotalIsOneTheListingCouldHaveHadWhenAsked() throws Exception {
        long initial = total();
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        // inserts only, then deletes only: the count moves one way, so each total has bounds
        check(initial, +1, () -> {
            created.add((String) user("_n" + UUID.randomUUID().toString().substring(0, 8), ROOT).get("id"));
            return true;
        });
        long afterInserts = countInDatabase();
        assertThat(total()).isEqualTo(afterInserts).isEqualTo(initial + created.size());
        check(afterInserts, -1, () -> {
            String id;
            synchronized (created) {
                if (created.isEmpty()) {
                    return false;
                }
                id = created.remove(created.size() - 1);
            }
            ok(api.send("DELETE", "/api/v1/users/" + id, admin, null), 204);
            return true;
        });
        assertThat(total()).isEqualTo(countInDatabase()).isEqualTo(initial);
    }

    private long total() {
        return ((Number) ok(api.get("/api/v1/users?size=20", admin), 200).get("total")).longValue();
    }

    private long countInDatabase() throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM users WHERE deleted_at IS NULL")) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Two writers run {@code write} (each call moves the count by {@code step}) 30 times each while
     * two readers list; each listing's total must be one the count had between the writes answered
     * before it was asked and those begun before it was answered.
     */
    private void check(long start, int step, Supplier<Boolean> write) throws Exception {
        AtomicInteger begun = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger listings = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        begun.incrementAndGet();
                        if (write.get()) {
                            answered.incrementAndGet();
                        } else {
                            begun.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    while (writing.get()) {
                        long done = answered.get();
                        long total = total();
                        long started = begun.get();
                        long low = start + step * (step > 0 ? done : started);
                        long high = start + step * (step > 0 ? started : done);
                        assertThat(total).as("a total asked after %d writes were answered, with %d begun", done,
                                started).isBetween(low, high);
                        listings.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(listings.get()).as("listings asked while writing").isPositive();
    }
}
