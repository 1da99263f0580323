package dev.bastion.bootstrap.access;

import static dev.bastion.bootstrap.access.ReaderRole.LIST_DEPARTMENTS;
import static dev.bastion.bootstrap.access.ReaderRole.LIST_USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bastion.adapters.messaging.shared.RedisScripts;
import dev.bastion.adapters.messaging.testing.TestRedis;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.SharedBackends;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one PostgreSQL and one Redis: a role taken from a user, or a permission
 * taken from a role, on one instance is refused on the other at the very next request, although
 * the other had the access cached; a user created, changed or deleted on one shows in the other's
 * cached listing and read by id at the next request. No service announces anything: the change's domain event goes
 * through the outbox and the event stream to both instances' caches.
 */
class AccessChangesOnTwoInstancesTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    private static final String OWN_MENUS = "/api/v1/auth/menus";

    /** Instance A, instance B and the schema they share. */
    private interface TwoInstances {
        void run(Api onA, Api onB, TestPostgres.Database database);
    }

    private static void onTwoInstances(TwoInstances test) {
        assumeTrue(TestRedis.uri().isPresent(), TestRedis.UNAVAILABLE);
        TestPostgres.Database database = TestPostgres.freshSchema();
        String keyPrefix = TestRedis.keyPrefix(AccessChangesOnTwoInstancesTest.class);
        Map<String, Object> properties = SharedBackends.properties(database, keyPrefix);

        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            SharedBackends.awaitListening(a.getApplicationContext().getBean(RedisScripts.class), keyPrefix, 2);
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            test.run(new Api(a.getURI(), json), new Api(b.getURI(), json), database);
        }
    }

    @Test
    void aRoleTakenAwayOnOneInstanceIsRefusedOnTheOtherAtTheNextRequest() {
        onTwoInstances((onA, onB, database) -> {
            ReaderRole reader = ReaderRole.create(database);
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            Api.Reply created = onA.post("/api/v1/users", admin, Map.of("username", "reader",
                    "password", "reader-password-1", "roleIds", List.of(reader.id().toString())));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String token = (String) onB.login("reader", "reader-password-1").get("accessToken");
            assertThat(onB.get(LIST_USERS, token).status()).isEqualTo(200);
            assertThat(onB.get(LIST_DEPARTMENTS, token).status()).isEqualTo(403);
            reader.grant("system:dept:list");
            assertThat(onB.get(LIST_DEPARTMENTS, token).status()).as("B serves the access from its cache")
                    .isEqualTo(403);

            Api.Reply updated = onA.send("PUT", "/api/v1/users/" + created.json().get("id"), admin,
                    Map.of("roleIds", List.of(), "version", 0));
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);

            assertThat(onB.get(LIST_USERS, token).status()).isEqualTo(403);
        });
    }

    /**
     * The reader's role gains a permission behind the API's back (no event), so only a dropped cache
     * shows it: another user's edit leaves the reader's cached access alone on both instances, and the
     * reader's own edit drops it on both.
     */
    @Test
    void anEditOfOneUserDropsThatUsersCachedAccessOnBothInstancesAndNobodyElses() {
        onTwoInstances((onA, onB, database) -> {
            ReaderRole reader = ReaderRole.create(database);
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            Api.Reply readerUser = onA.post("/api/v1/users", admin, Map.of("username", "reader",
                    "password", "reader-password-1", "roleIds", List.of(reader.id().toString())));
            Api.Reply other = onA.post("/api/v1/users", admin, Map.of("username", "other",
                    "password", "other-password-1"));
            assertThat(readerUser.status()).as(readerUser.body()).isEqualTo(201);
            assertThat(other.status()).as(other.body()).isEqualTo(201);
            String onAToken = (String) onA.login("reader", "reader-password-1").get("accessToken");
            String onBToken = (String) onB.login("reader", "reader-password-1").get("accessToken");
            assertThat(onA.get(LIST_DEPARTMENTS, onAToken).status()).isEqualTo(403);
            assertThat(onB.get(LIST_DEPARTMENTS, onBToken).status()).isEqualTo(403);
            reader.grant("system:dept:list");

            BiConsumer<Integer, String> departmentsAnswer = (status, why) -> {
                assertThat(onA.get(LIST_DEPARTMENTS, onAToken).status()).as("A " + why).isEqualTo(status);
                assertThat(onB.get(LIST_DEPARTMENTS, onBToken).status()).as("B " + why).isEqualTo(status);
            };
            Consumer<Api.Reply> renamed = user -> {
                Api.Reply edited = onA.send("PUT", "/api/v1/users/" + user.json().get("id"), admin,
                        Map.of("nickname", "Edited", "version", 0));
                assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            };

            renamed.accept(other);
            departmentsAnswer.accept(403, "keeps the reader's access cached after another user's edit");

            renamed.accept(readerUser);
            departmentsAnswer.accept(200, "reads the reader's access again after the reader's edit");
        });
    }

    /** The other instance serves the user listing and reads by id from its cache; every write on one shows on both. */
    @Test
    void aUserCreatedChangedOrDeletedOnOneInstanceShowsInTheOthersCachedReadsAtTheNextRequest() {
        onTwoInstances((onA, onB, database) -> {
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            String listing = "/api/v1/users?username=pat&sort=username,asc";
            Consumer<Integer> listedOnB = total -> {
                Map<String, Object> first = onB.get(listing, admin).json();
                assertThat(onB.get(listing, admin).json()).as("B answers again from its cache").isEqualTo(first);
                assertThat(first).containsEntry("total", total);
            };
            listedOnB.accept(0);

            Api.Reply created = onA.post("/api/v1/users", admin, Map.of("username", "pat",
                    "password", "pat-password-1"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            listedOnB.accept(1);
            String pat = "/api/v1/users/" + created.json().get("id");
            assertThat(onB.get(pat, admin).json()).isEqualTo(created.json());
            assertThat(onB.get(pat, admin).json()).as("B answers again from its cache").isEqualTo(created.json());

            Api.Reply renamed = onA.send("PUT", pat, admin, Map.of("nickname", "Patricia", "version", 0));
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
            assertThat(onB.get(listing, admin).json().get("items")).isEqualTo(List.of(renamed.json()));
            assertThat(onB.get(pat, admin).json()).isEqualTo(renamed.json());

            assertThat(onA.send("DELETE", "/api/v1/users/" + created.json().get("id"), admin, null).status())
                    .isEqualTo(204);
            listedOnB.accept(0);
            assertThat(onB.get(pat, admin).status()).isEqualTo(404);
        });
    }

    @Test
    void aPermissionTakenFromARoleOnOneInstanceIsRefusedOnTheOtherAtTheNextRequest() {
        onTwoInstances((onA, onB, database) -> {
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            Api.Reply role = onA.post("/api/v1/roles", admin, Map.of("code", "lister", "name", "Lister",
                    "dataScope", "ALL", "menuIds", List.of(USERS_MENU)));
            assertThat(role.status()).as(role.body()).isEqualTo(201);
            onA.post("/api/v1/users", admin, Map.of("username", "lister", "password", "lister-password-1",
                    "roleIds", List.of(role.json().get("id"))));
            String token = (String) onB.login("lister", "lister-password-1").get("accessToken");
            assertThat(onB.get(LIST_USERS, token).status()).isEqualTo(200);
            assertThat(onB.get(LIST_USERS, token).status()).isEqualTo(200);
            assertThat(onB.get(OWN_MENUS, token).body()).contains(USERS_MENU);
            assertThat(onB.get(OWN_MENUS, token).body()).as("B serves the menus from its cache").contains(USERS_MENU);

            Api.Reply stripped = onA.send("PUT", "/api/v1/roles/" + role.json().get("id"), admin,
                    Map.of("menuIds", List.of(), "version", 0));
            assertThat(stripped.status()).as(stripped.body()).isEqualTo(200);

            assertThat(onB.get(LIST_USERS, token).status()).isEqualTo(403);
            assertThat(onB.get(OWN_MENUS, token).jsonArray()).isEmpty();
        });
    }

    @Test
    void anEventLeftUnpublishedByAProcessThatDiedIsHeardByTheOthersWithinAPoll() {
        onTwoInstances((onA, onB, database) -> {
            ReaderRole reader = ReaderRole.create(database);
            String admin = (String) onA.login("admin", ADMIN_PASSWORD).get("accessToken");
            Api.Reply created = onA.post("/api/v1/users", admin, Map.of("username", "reader",
                    "password", "reader-password-1", "roleIds", List.of(reader.id().toString())));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String token = (String) onB.login("reader", "reader-password-1").get("accessToken");
            assertThat(onB.get(LIST_DEPARTMENTS, token).status()).isEqualTo(403);

            // a third instance committed this change and died before publishing its event
            reader.grant("system:dept:list");
            assertThat(onB.get(LIST_DEPARTMENTS, token).status()).as("B serves the access from its cache")
                    .isEqualTo(403);
            reader.leaveUnpublished("RoleChanged");

            Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
            int status;
            while ((status = onB.get(LIST_DEPARTMENTS, token).status()) != 200 && Instant.now().isBefore(deadline)) {
                sleep(50);
            }
            assertThat(status).as("the outbox poll published it within 5 s").isEqualTo(200);
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
