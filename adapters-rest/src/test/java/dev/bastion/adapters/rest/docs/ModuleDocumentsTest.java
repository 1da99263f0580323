package dev.bastion.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A module's document merged into the core's: its operations, schemas and tags added, the core's kept. */
class ModuleDocumentsTest {

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }

    private static final String CORE = """
            openapi: 3.0.1
            tags:
            - name: Users
              description: core
            paths:
              /api/v1/users:
                get: {operationId: listUsers}
            components:
              schemas:
                UserResponse: {type: object}
                Shared: {type: object, description: core}
              securitySchemes:
                bearerAuth: {type: http}
            """;

    private static final String MODULE = """
            openapi: 3.0.1
            info: {title: Service}
            tags:
            - name: Users
              description: module
            - name: Stock
            paths:
              /api/v1/users:
                delete: {operationId: hijack}
              /api/v1/stock:
                get: {operationId: listStock}
            components:
              schemas:
                StockResponse: {type: object}
                Shared: {type: object, description: module}
            """;

    @Test
    @SuppressWarnings("unchecked")
    void addsTheModulesPathsSchemasAndTagsAndKeepsTheCoresOnAClash() {
        Map<String, Object> merged = ModuleDocuments.merge(yaml(CORE), yaml(MODULE));

        Map<String, Object> paths = (Map<String, Object>) merged.get("paths");
        assertThat(paths).containsOnlyKeys("/api/v1/users", "/api/v1/stock");
        assertThat((Map<String, Object>) paths.get("/api/v1/users")).containsOnlyKeys("get");
        Map<String, Object> components = (Map<String, Object>) merged.get("components");
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        assertThat(schemas).containsOnlyKeys("UserResponse", "Shared", "StockResponse");
        assertThat((Map<String, Object>) schemas.get("Shared")).containsEntry("description", "core");
        assertThat(components).containsKey("securitySchemes");
        assertThat((List<Map<String, Object>>) merged.get("tags")).extracting(tag -> tag.get("name"))
                .containsExactly("Users", "Stock");
        assertThat(((List<Map<String, Object>>) merged.get("tags")).get(0)).containsEntry("description", "core");
        assertThat(merged).doesNotContainKey("info");
    }

    @Test
    void aModuleDocumentWithoutComponentsOrTagsAddsItsPaths() {
        Map<String, Object> core = new LinkedHashMap<>(Map.of("openapi", "3.0.1"));

        Map<String, Object> merged = ModuleDocuments.merge(core, yaml("paths: {/api/v1/stock: {get: {}}}"));

        assertThat(merged).containsKey("paths").doesNotContainKey("tags");
        assertThat(ModuleDocuments.location("inventory")).isEqualTo("META-INF/swagger/modules/inventory.yml");
    }
}
