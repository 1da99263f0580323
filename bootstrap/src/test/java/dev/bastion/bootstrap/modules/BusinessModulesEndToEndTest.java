package dev.bastion.bootstrap.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.adapters.persistence.testing.TestPostgres;
import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.modules.sample.wiring.SampleModule;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The business-module mechanism with the test-only module {@code sample} ({@code dev.bastion.modules.sample}):
 * found with no edit to bootstrap, its own migrations and history table, its menus seeded once across
 * starts, and {@code bastion.modules.disabled} switching it off (404, menus and grants hidden, data kept).
 * Several starts on one schema, one after the other.
 */
class BusinessModulesEndToEndTest {

    private static final String PASSWORD = "admin-password-for-tests";
    private static final String USERS_MENU = "01936f6e-0000-7000-8000-000000000101";
    private static final String SCREEN = SampleModule.SCREEN.toString();
    private static final String DIRECTORY = SampleModule.DIRECTORY.toString();

    private final TestPostgres.Database database = TestPostgres.freshSchema();

    private Map<String, Object> properties(String disabled) {
        Map<String, Object> properties = new HashMap<>(PostgresTest.propertiesFor(database));
        properties.put("bastion.admin.password", PASSWORD);
        properties.put("micronaut.server.port", "-1");
        properties.put("bastion.modules.disabled", disabled);
        return properties;
    }

    private void running(String disabled, Consumer<Api> work) {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(disabled), "test")) {
            work.accept(new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class)));
        }
    }

    private static String admin(Api api) {
        return (String) api.login("admin", PASSWORD).get("accessToken");
    }

    @Test
    void aModuleMigratesSeedsItsMenusOnceAndCanBeSwitchedOffWithItsDataKept() throws Exception {
        Map<String, String> role = new HashMap<>();
        running("", api -> {
            String admin = admin(api);
            Reply items = api.get("/api/v1/sample/items", admin);
            assertThat(items.status()).as(items.body()).isEqualTo(200);
            assertThat(items.jsonArray()).containsExactly("first", "second");
            assertThat(ids(api.get("/api/v1/menus", admin).jsonArray())).contains(DIRECTORY, SCREEN,
                    SampleModule.BUTTON.toString());
            assertThat(api.send("PUT", "/api/v1/menus/" + SCREEN, admin, Map.of("name", "Renamed by an operator",
                    "version", 0)).status()).isEqualTo(200);
            Reply created = api.post("/api/v1/roles", admin, Map.of("code", "sample_reader", "name", "Sample reader",
                    "menuIds", List.of(DIRECTORY, SCREEN, USERS_MENU)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            role.put("id", (String) created.json().get("id"));
        });
        assertThat(query("SELECT count(*) FROM flyway_history_sample WHERE success AND version = '1'"))
                .containsExactly("1");
        assertThat(query("SELECT count(*) FROM menus WHERE module = 'sample'")).containsExactly("3");
        assertThat(query("SELECT count(*) FROM role_menus rm JOIN menus m ON m.id = rm.menu_id"
                + " WHERE m.module IS NULL AND rm.menu_id::text IN ('" + DIRECTORY + "', '" + SCREEN + "')"))
                .as("the seeded entries granted nothing by themselves").containsExactly("0");

        running("", api -> assertThat(api.get("/api/v1/menus/" + SCREEN, admin(api)).json())
                .as("a second start leaves the operator's edit").containsEntry("name", "Renamed by an operator"));
        assertThat(query("SELECT count(*) FROM menus WHERE module = 'sample'")).containsExactly("3");
        assertThat(query("SELECT count(*) FROM flyway_history_sample")).containsExactly("2");

        running("Sample", api -> {
            String admin = admin(api);
            Reply gone = api.get("/api/v1/sample/items", admin);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
            assertThat(ids(api.get("/api/v1/menus", admin).jsonArray())).doesNotContain(DIRECTORY, SCREEN);
            assertThat(ids(api.get("/api/v1/auth/menus", admin).jsonArray())).doesNotContain(DIRECTORY, SCREEN)
                    .contains(USERS_MENU);
            assertThat(api.get("/api/v1/menus/" + SCREEN, admin).status()).isEqualTo(404);
            Map<String, Object> shown = api.get("/api/v1/roles/" + role.get("id"), admin).json();
            assertThat(shown.get("menuIds")).asList().containsExactly(USERS_MENU);
            Reply edited = api.send("PUT", "/api/v1/roles/" + role.get("id"), admin,
                    Map.of("name", "Edited while the module is off", "version", shown.get("version")));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        });
        assertThat(query("SELECT name FROM sample_items ORDER BY name")).containsExactly("first", "second");
        assertThat(query("SELECT count(*) FROM menus WHERE module = 'sample'")).containsExactly("3");

        running("", api -> assertThat(api.get("/api/v1/roles/" + role.get("id"), admin(api)).json().get("menuIds"))
                .as("the grants of the module's entries survived an edit while it was off").asList()
                .containsExactlyInAnyOrder(DIRECTORY, SCREEN, USERS_MENU));
    }

    @Test
    void switchingOffAModuleThatDoesNotExistStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties("sample, inventroy"), "test"))
                .hasStackTraceContaining("BASTION_MODULES_DISABLED")
                .hasStackTraceContaining("'inventroy', which is no business module here");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(List<?> tree) {
        List<String> ids = new ArrayList<>();
        for (Object node : tree) {
            Map<String, Object> entry = (Map<String, Object>) node;
            ids.add((String) entry.get("id"));
            Object children = entry.get("children");
            if (children != null) {
                ids.addAll(ids((List<?>) children));
            }
        }
        return ids;
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
