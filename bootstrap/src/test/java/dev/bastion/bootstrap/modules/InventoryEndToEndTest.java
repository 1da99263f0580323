package dev.bastion.bootstrap.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.modules.sample.wiring.LowStockAlerts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The inventory module through HTTP, as a storekeeper of one department uses it: their department's
 * warehouses only (a role with the module's menus and a DEPT data scope), items with unique SKUs,
 * stock moved at the version read and never below zero, soft deletes, the permissions, every kind of
 * bad input named; and the module's menus and operations where a client finds them.
 */
@MicronautTest(transactional = false)
class InventoryEndToEndTest extends ApiTest {

    private static final String WAREHOUSES = "/api/v1/inventory/warehouses";
    private static final String ITEMS = "/api/v1/inventory/items";
    /** InventoryModule's menu entries: the directory, the two screens and their buttons. */
    private static final String INVENTORY_MENU = "01936f6e-0000-7000-8001-000000000001";
    private static final String WAREHOUSES_MENU = "01936f6e-0000-7000-8001-000000000010";
    private static final String ITEMS_MENU = "01936f6e-0000-7000-8001-000000000020";
    private static final List<String> ALL_INVENTORY_MENUS = List.of(INVENTORY_MENU,
            WAREHOUSES_MENU, menu(0x011), menu(0x012), menu(0x013), menu(0x014),
            ITEMS_MENU, menu(0x021), menu(0x022), menu(0x023), menu(0x024), menu(0x025), menu(0x026));

    /** The sample module (bootstrap's test sources) listens to inventory's events by name. */
    @Inject
    LowStockAlerts alerts;
    private Api api;
    private String admin;
    /** Names this test's departments, codes, SKUs, role and user apart from every other test's. */
    private String tag;

    private static String menu(int n) {
        return String.format("01936f6e-0000-7000-8001-%012x", n);
    }

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
        tag = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private String dept(String name) {
        Reply reply = api.post("/api/v1/depts", admin, Map.of("parentId", ROOT, "name", tag + " " + name));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    /** A user of {@code dept} holding a role with {@code menus} and a DEPT data scope; their access token. */
    private String keeper(String dept, List<String> menus) {
        String code = tag + "_" + UUID.randomUUID().toString().substring(0, 4);
        Reply role = api.post("/api/v1/roles", admin, Map.of("code", code, "name", "Storekeeper",
                "dataScope", "DEPT", "menuIds", menus));
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        Reply user = api.post("/api/v1/users", admin, Map.of("username", code, "password", "keeper-pass-123",
                "deptId", dept, "roleIds", List.of(role.json().get("id"))));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        return (String) api.login(code, "keeper-pass-123").get("accessToken");
    }

    private Map<String, Object> warehouse(String token, String code, String dept) {
        Reply reply = api.post(WAREHOUSES, token, Map.of("code", tag + "_" + code, "name", "Store " + code,
                "deptId", dept));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(WAREHOUSES + "/" + reply.json().get("id"));
        return reply.json();
    }

    private Map<String, Object> item(String token, Object warehouseId, String sku, int reorderLevel) {
        Reply reply = api.post(ITEMS, token, Map.of("warehouseId", warehouseId, "sku", tag + "-" + sku,
                "name", "Item " + sku, "unit", "pcs", "reorderLevel", reorderLevel));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(ITEMS + "/" + reply.json().get("id"));
        return reply.json();
    }

    private Reply move(String token, Object itemId, String direction, Object quantity, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("quantity", quantity);
        body.put("version", version);
        return api.post(ITEMS + "/" + itemId + "/" + direction, token, body);
    }

    /** A patch sending {@code field} as null at {@code version}. */
    private static Map<String, Object> nulled(String field, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, null);
        body.put("version", version);
        return body;
    }

    /** How often the sample module heard that {@code item} ran low, once the relay has had its chance. */
    private long heardRunningLow(UUID item) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (alerts.itemsRunningLow().stream().noneMatch(item::equals) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return alerts.itemsRunningLow().stream().filter(item::equals).count();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listed(Reply reply, String property) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) reply.json().get("items")).stream().map(i -> i.get(property)).toList();
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(Reply reply, int status, String code, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json()).containsEntry("code", code);
        if (field != null) {
            assertThat((List<Map<String, Object>>) reply.json().get("errors")).as(reply.body())
                    .extracting(error -> error.get("field")).contains(field);
        }
    }

    @Test
    void aDepartmentsKeeperSeesAndPlacesWarehousesInTheirDepartmentOnly() {
        String a = dept("A");
        String b = dept("B");
        Map<String, Object> inA = warehouse(admin, "north", a);
        Map<String, Object> inB = warehouse(admin, "south", b);
        String keeper = keeper(a, ALL_INVENTORY_MENUS);

        assertThat(listed(api.get(WAREHOUSES + "?search=" + tag, keeper), "id")).containsExactly(inA.get("id"));
        assertThat(listed(api.get(WAREHOUSES + "?search=" + tag + "&sort=code,asc", admin), "id"))
                .containsExactly(inA.get("id"), inB.get("id"));
        assertThat(listed(api.get(WAREHOUSES + "?deptId=" + b, keeper), "id")).isEmpty();
        assertThat(listed(api.get(WAREHOUSES + "?search=" + tag + "&status=DISABLED", admin), "id")).isEmpty();
        Reply mine = api.get(WAREHOUSES + "/" + inA.get("id"), keeper);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json()).containsEntry("code", tag + "_north").containsEntry("deptId", a)
                .containsEntry("status", "ENABLED").containsEntry("address", null).containsEntry("version", 0)
                .containsKeys("createdAt", "updatedAt");
        assertRefused(api.get(WAREHOUSES + "/" + inB.get("id"), keeper), 404, "NOT_FOUND", null);
        assertRefused(api.send("PUT", WAREHOUSES + "/" + inB.get("id"), keeper, Map.of("name", "x", "version", 0)),
                404, "NOT_FOUND", null);
        assertRefused(api.send("DELETE", WAREHOUSES + "/" + inB.get("id"), keeper, null), 404, "NOT_FOUND", null);

        assertRefused(api.post(WAREHOUSES, keeper, Map.of("code", tag + "_east", "name", "East", "deptId", b)),
                400, "VALIDATION_ERROR", "deptId");
        assertRefused(api.send("PUT", WAREHOUSES + "/" + inA.get("id"), keeper, Map.of("deptId", b, "version", 0)),
                400, "VALIDATION_ERROR", "deptId");
        Map<String, Object> own = warehouse(keeper, "east", a);
        assertRefused(api.post(WAREHOUSES, admin, Map.of("code", tag + "_east", "name", "Again", "deptId", b)),
                409, "CONFLICT", "code");

        Reply edited = api.send("PUT", WAREHOUSES + "/" + own.get("id"), keeper,
                Map.of("address", "1 Dock Road", "status", "DISABLED", "version", 0));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json()).containsEntry("address", "1 Dock Road").containsEntry("status", "DISABLED")
                .containsEntry("name", "Store east").containsEntry("version", 1);
        assertRefused(api.send("PUT", WAREHOUSES + "/" + own.get("id"), keeper, Map.of("name", "Late", "version", 0)),
                409, "VERSION_CONFLICT", null);
        Reply cleared = api.send("PUT", WAREHOUSES + "/" + own.get("id"), keeper,
                nulled("address", 1));
        assertThat(cleared.json()).as(cleared.body()).containsEntry("address", null).containsEntry("version", 2);
        assertRefused(api.post(ITEMS, keeper, Map.of("warehouseId", own.get("id"), "sku", tag + "-X", "name", "X",
                "unit", "pcs")), 409, "CONFLICT", null);
    }

    @Test
    void stockMovesAtTheVersionReadAndNeverGoesBelowZero() {
        String a = dept("A");
        String keeper = keeper(a, ALL_INVENTORY_MENUS);
        Map<String, Object> store = warehouse(keeper, "main", a);
        Map<String, Object> bolt = item(keeper, store.get("id"), "Bolt-M8", 5);
        item(keeper, store.get("id"), "Nut-M8", 0);
        assertThat(bolt).containsEntry("quantity", 0).containsEntry("lowStock", true).containsEntry("version", 0)
                .containsEntry("warehouseId", store.get("id")).containsEntry("sku", tag + "-Bolt-M8");

        assertRefused(api.post(ITEMS, keeper, Map.of("warehouseId", store.get("id"), "sku", tag + "-BOLT-m8",
                "name", "Clash", "unit", "pcs")), 409, "CONFLICT", "sku");
        assertRefused(api.post(ITEMS, keeper, Map.of("warehouseId", UUID.randomUUID().toString(), "sku",
                tag + "-Y", "name", "Nowhere", "unit", "pcs")), 400, "VALIDATION_ERROR", "warehouseId");

        Reply received = move(keeper, bolt.get("id"), "receive", 8, 0);
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json()).containsEntry("quantity", 8).containsEntry("lowStock", false)
                .containsEntry("version", 1);
        assertRefused(move(keeper, bolt.get("id"), "issue", 1, 0), 409, "VERSION_CONFLICT", null);
        assertRefused(move(keeper, bolt.get("id"), "issue", 9, 1), 409, "CONFLICT", "quantity");
        Reply issued = move(keeper, bolt.get("id"), "issue", 4, 1);
        assertThat(issued.json()).as(issued.body()).containsEntry("quantity", 4).containsEntry("lowStock", true)
                .containsEntry("version", 2);
        assertThat(api.get(ITEMS + "/" + bolt.get("id"), keeper).json()).containsEntry("quantity", 4);
        UUID boltId = UUID.fromString((String) bolt.get("id"));
        assertThat(heardRunningLow(boltId)).as("another module heard inventory.ItemStockLow, once").isEqualTo(1);

        assertThat(listed(api.get(ITEMS + "?warehouseId=" + store.get("id"), keeper), "sku"))
                .containsExactly(tag + "-Bolt-M8", tag + "-Nut-M8");
        assertThat(listed(api.get(ITEMS + "?warehouseId=" + store.get("id") + "&lowStockOnly=true", keeper), "sku"))
                .containsExactly(tag + "-Bolt-M8");
        assertThat(listed(api.get(ITEMS + "?skuPrefix=" + tag + "-nut&sort=sku,asc", keeper), "sku"))
                .containsExactly(tag + "-Nut-M8");

        Reply renamed = api.send("PUT", ITEMS + "/" + bolt.get("id"), keeper,
                Map.of("name", "Hex bolt M8", "reorderLevel", 2, "version", 2));
        assertThat(renamed.json()).as(renamed.body()).containsEntry("name", "Hex bolt M8")
                .containsEntry("quantity", 4).containsEntry("lowStock", false).containsEntry("version", 3);
    }

    @Test
    void deletingIsSoftAndAWarehouseGoesOnlyOnceItsItemsHaveGone() {
        String a = dept("A");
        String keeper = keeper(a, ALL_INVENTORY_MENUS);
        Map<String, Object> store = warehouse(keeper, "old", a);
        Map<String, Object> item = item(keeper, store.get("id"), "Gone", 0);

        assertRefused(api.send("DELETE", WAREHOUSES + "/" + store.get("id"), keeper, null), 409, "CONFLICT", null);
        assertThat(api.send("DELETE", ITEMS + "/" + item.get("id"), keeper, null).status()).isEqualTo(204);
        assertRefused(api.get(ITEMS + "/" + item.get("id"), keeper), 404, "NOT_FOUND", null);
        assertThat(listed(api.get(ITEMS + "?skuPrefix=" + tag, keeper), "id")).isEmpty();
        assertThat(api.send("DELETE", WAREHOUSES + "/" + store.get("id"), keeper, null).status()).isEqualTo(204);
        assertRefused(api.get(WAREHOUSES + "/" + store.get("id"), admin), 404, "NOT_FOUND", null);
        assertThat(listed(api.get(WAREHOUSES + "?search=" + tag, admin), "id")).isEmpty();

        Map<String, Object> reopened = warehouse(keeper, "old", a);
        assertThat(item(keeper, reopened.get("id"), "GONE", 0)).as("the code and the SKU are free again")
                .containsEntry("sku", tag + "-GONE");
    }

    @Test
    void aDepartmentOwningAWarehouseIsNotDeletedUntilTheWarehouseIsGone() {
        String owner = dept("Owner");
        Map<String, Object> store = warehouse(admin, "owned", owner);

        Reply refused = api.send("DELETE", "/api/v1/depts/" + owner, admin, null);
        assertRefused(refused, 409, "CONFLICT", null);
        assertThat(refused.body()).contains("owns warehouses of the inventory module");
        assertThat(api.get("/api/v1/depts/" + owner, admin).status()).isEqualTo(200);

        assertThat(api.send("DELETE", WAREHOUSES + "/" + store.get("id"), admin, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/v1/depts/" + owner, admin, null).status()).isEqualTo(204);
    }

    @Test
    void withoutItsPermissionEveryOperationIsForbiddenWhateverItIsSent() {
        String a = dept("A");
        String lister = keeper(a, List.of(INVENTORY_MENU, WAREHOUSES_MENU));
        Map<String, Object> store = warehouse(admin, "guarded", a);
        Map<String, Object> item = item(admin, store.get("id"), "Guarded", 0);
        String w = WAREHOUSES + "/" + store.get("id");
        String i = ITEMS + "/" + item.get("id");

        assertThat(api.get(WAREHOUSES, lister).status()).isEqualTo(200);
        assertRefused(api.get(w, lister), 403, "FORBIDDEN", null);
        assertRefused(api.post(WAREHOUSES, lister, Map.of("nmae", 1)), 403, "FORBIDDEN", null);
        assertRefused(api.send("PUT", w, lister, Map.of("version", 0)), 403, "FORBIDDEN", null);
        assertRefused(api.send("DELETE", w, lister, null), 403, "FORBIDDEN", null);
        assertRefused(api.get(ITEMS, lister), 403, "FORBIDDEN", null);
        assertRefused(api.get(i, lister), 403, "FORBIDDEN", null);
        assertRefused(api.post(ITEMS, lister, "{}"), 403, "FORBIDDEN", null);
        assertRefused(api.send("PUT", i, lister, Map.of("version", 0)), 403, "FORBIDDEN", null);
        assertRefused(api.send("DELETE", i, lister, null), 403, "FORBIDDEN", null);
        assertRefused(move(lister, item.get("id"), "receive", -1, 0), 403, "FORBIDDEN", null);
        assertRefused(move(lister, item.get("id"), "issue", 1, 0), 403, "FORBIDDEN", null);
        assertRefused(api.get(WAREHOUSES, null), 401, "UNAUTHORIZED", null);
        assertThat(api.get(i, admin).json()).containsEntry("quantity", 0).containsEntry("version", 0);
    }

    @Test
    void eachBadInputIsRefusedNamingIt() {
        String a = dept("A");
        Map<String, Object> store = warehouse(admin, "strict", a);
        Map<String, Object> item = item(admin, store.get("id"), "Strict", 0);
        String w = WAREHOUSES + "/" + store.get("id");

        assertRefused(api.get(WAREHOUSES + "/not-a-uuid", admin), 400, "VALIDATION_ERROR", "id");
        assertRefused(move(admin, "42", "receive", 1, 0), 400, "VALIDATION_ERROR", "id");
        assertRefused(move(admin, item.get("id"), "receive", -3, 0), 400, "VALIDATION_ERROR", "quantity");
        assertRefused(move(admin, item.get("id"), "issue", 0, 0), 400, "VALIDATION_ERROR", "quantity");
        assertRefused(move(admin, item.get("id"), "receive", 1, null), 400, "VALIDATION_ERROR", "version");
        assertRefused(api.post(ITEMS + "/" + item.get("id") + "/receive", admin,
                Map.of("amount", 1, "quantity", 1, "version", 0)), 400, "VALIDATION_ERROR", "amount");
        assertRefused(api.post(WAREHOUSES, admin, Map.of("code", tag + "_long", "name", "n".repeat(65),
                "deptId", a)), 400, "VALIDATION_ERROR", "name");
        assertRefused(api.post(WAREHOUSES, admin, Map.of("code", "Not A Code", "name", "Bad", "deptId", a)),
                400, "VALIDATION_ERROR", "code");
        assertRefused(api.post(WAREHOUSES, admin, Map.of("code", tag + "_st", "name", "Bad", "deptId", a,
                "status", "OPEN")), 400, "VALIDATION_ERROR", "status");
        assertRefused(api.post(WAREHOUSES, admin, Map.of("code", tag + "_dept", "name", "Bad", "deptId", "nope")),
                400, "VALIDATION_ERROR", "deptId");
        assertRefused(api.send("PUT", w, admin, Map.of("status", "OPEN", "version", 0)),
                400, "VALIDATION_ERROR", "status");
        assertRefused(api.send("PUT", w, admin, nulled("name", 0)),
                400, "VALIDATION_ERROR", "name");
        assertRefused(api.post(ITEMS, admin, Map.of("warehouseId", store.get("id"), "sku", "no spaces",
                "name", "Bad", "unit", "pcs")), 400, "VALIDATION_ERROR", "sku");
        assertRefused(api.post(ITEMS, admin, Map.of("warehouseId", store.get("id"), "sku", tag + "-R",
                "name", "Bad", "unit", "pcs", "reorderLevel", -1)), 400, "VALIDATION_ERROR", "reorderLevel");
        assertRefused(api.send("PUT", ITEMS + "/" + item.get("id"), admin, Map.of("quantity", 100, "version", 0)),
                400, "VALIDATION_ERROR", "quantity");

        assertRefused(api.get(WAREHOUSES + "?status=OPEN", admin), 400, "VALIDATION_ERROR", "status");
        assertRefused(api.get(WAREHOUSES + "?deptId=nope", admin), 400, "VALIDATION_ERROR", "deptId");
        assertRefused(api.get(WAREHOUSES + "?sort=name,desc", admin), 400, "VALIDATION_ERROR", "sort");
        assertRefused(api.get(WAREHOUSES + "?size=101", admin), 400, "VALIDATION_ERROR", "size");
        assertRefused(api.get(WAREHOUSES + "?search=" + "s".repeat(65), admin), 400, "VALIDATION_ERROR", "search");
        assertRefused(api.get(ITEMS + "?warehouseId=nope", admin), 400, "VALIDATION_ERROR", "warehouseId");
        assertRefused(api.get(ITEMS + "?lowStockOnly=yes", admin), 400, "VALIDATION_ERROR", "lowStockOnly");
        assertThat(api.get(w, admin).json()).containsEntry("version", 0).containsEntry("status", "ENABLED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminsMenusShowInventoryAndTheDocumentDescribesItsOperations() {
        List<Object> roots = api.get("/api/v1/auth/menus", admin).jsonArray();
        Map<String, Object> inventory = roots.stream().map(root -> (Map<String, Object>) root)
                .filter(root -> INVENTORY_MENU.equals(root.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Inventory directory in " + roots));
        assertThat(inventory).containsEntry("name", "Inventory").containsEntry("type", "DIRECTORY");
        assertThat((List<Map<String, Object>>) inventory.get("children")).extracting(m -> m.get("name"))
                .containsExactly("Warehouses", "Items");

        Map<String, Object> document = new Yaml().load(api.http().get("/openapi.yml").body());
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1/inventory/")) {
                item.values().forEach(operation -> operations.add((String) operation.get("operationId")));
            }
        });
        assertThat(operations).containsExactlyInAnyOrder("listWarehouses", "getWarehouse", "createWarehouse",
                "updateWarehouse", "deleteWarehouse", "listItems", "getItem", "createItem", "updateItem", "deleteItem",
                "receiveStock", "issueStock");
        Map<String, Object> issue = paths.get(ITEMS + "/{id}/issue").get("post");
        assertThat(issue).containsEntry("x-permission", "inventory:item:issue");
        assertThat((Map<String, Object>) issue.get("responses")).containsKeys("200", "400", "401", "403", "404",
                "409", "413", "415", "500", "503");
        assertThat(paths.get(WAREHOUSES).get("get")).containsEntry("x-permission", "inventory:warehouse:list");
        assertThat((List<Map<String, Object>>) document.get("tags")).extracting(tag -> tag.get("name"))
                .contains("Inventory: warehouses", "Inventory: items");
    }
}
