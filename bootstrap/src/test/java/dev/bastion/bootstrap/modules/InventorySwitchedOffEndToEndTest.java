package dev.bastion.bootstrap.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * With {@code bastion.modules.disabled=inventory} the module's endpoints are unknown routes and
 * {@code /openapi.yml} no longer describes them: the document merges a module's operations only while
 * it is on.
 */
@MicronautTest(transactional = false)
class InventorySwitchedOffEndToEndTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("bastion.modules.disabled", "inventory");
        return properties;
    }

    @Test
    @SuppressWarnings("unchecked")
    void itsEndpointsAreUnknownAndTheDocumentLeavesThemOut() {
        Api api = api();
        String admin = signInAdmin();

        Reply gone = api.get("/api/v1/inventory/warehouses", admin);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/inventory/items/" + ROOT + "/issue", admin, Map.of("quantity", 1,
                "version", 0)).status()).isEqualTo(404);

        Map<String, Object> document = new Yaml().load(api.http().get("/openapi.yml").body());
        assertThat((Map<String, Object>) document.get("paths")).isNotEmpty().containsKey("/api/v1/users")
                .allSatisfy((path, item) -> assertThat(path).doesNotStartWith("/api/v1/inventory/"));
        assertThat((List<Map<String, Object>>) document.get("tags")).extracting(tag -> tag.get("name"))
                .contains("Users").doesNotContain("Inventory: warehouses", "Inventory: items");
    }
}
