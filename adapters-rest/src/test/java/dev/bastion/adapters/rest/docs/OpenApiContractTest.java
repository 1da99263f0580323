package dev.bastion.adapters.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.problem.ProblemType;
import dev.bastion.adapters.rest.security.RequiresPermission;
import dev.bastion.adapters.rest.testing.Exchange;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What a generated client relies on in the served document, checked over every operation (so a new
 * operation is held to it without a new test): a stable camelCase operationId, its error answers as
 * the shared Problem schema, explicit security, ids typed as UUIDs, paging bounds.
 */
@MicronautTest
@SuppressWarnings("unchecked")
class OpenApiContractTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    private Map<String, Object> document;
    private final List<Map<String, Object>> operations = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void read() {
        Exchange served = Exchange.send(client, json, HttpRequest.GET("/openapi.yml"));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/yaml");
        document = new Yaml().load(served.body());
        ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, operation) -> {
                    operations.add((Map<String, Object>) operation);
                    names.add(method.toUpperCase() + " " + path);
                }));
        assertThat(operations).hasSizeGreaterThan(30);
    }

    /** The permission is shown where the security rule checks it from: the route's {@code @RequiresPermission}. */
    @Test
    void everyGuardedOperationShowsItsPermissionAndNoOtherDoes() {
        Map<String, String> required = new TreeMap<>();
        // HEAD routes are Micronaut's own twins of the GETs, not operations of the document
        router.uriRoutes().filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .forEach(route -> route.getAnnotationMetadata().stringValue(RequiresPermission.class)
                .ifPresent(permission -> required.put(route.getHttpMethodName() + " " + route.getUriMatchTemplate(),
                        permission)));
        Map<String, String> shown = new TreeMap<>();
        for (int i = 0; i < operations.size(); i++) {
            Object permission = operations.get(i).get("x-permission");
            if (permission != null) {
                shown.put(names.get(i), (String) permission);
                assertThat((String) operations.get(i).get("summary")).as(names.get(i))
                        .endsWith(" (permission " + permission + ")")
                        .containsOnlyOnce("(permission ");
            }
        }
        assertThat(required).hasSizeGreaterThan(25);
        assertThat(shown).isEqualTo(required);
    }

    @Test
    void everyOperationHasAStableCamelCaseId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            Object id = operations.get(i).get("operationId");
            assertThat(id).as(names.get(i)).isInstanceOf(String.class);
            assertThat((String) id).as(names.get(i)).matches("[a-z][a-zA-Z]+");
            assertThat(ids.add((String) id)).as("unique: " + id).isTrue();
        }
        assertThat(ids).contains("listUsers", "createRole", "login", "getDepartment");
    }

    @Test
    void everyOperationListsItsErrorsAsProblems() {
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> responses = (Map<String, Object>) components.get("responses");
        for (int i = 0; i < operations.size(); i++) {
            Map<String, Object> answers = (Map<String, Object>) operations.get(i).get("responses");
            assertThat(answers).as(names.get(i)).containsKeys("500", "503");
            assertThat(answers.keySet()).as(names.get(i)).anyMatch(status -> status.startsWith("4"));
            answers.forEach((status, answer) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String ref = (String) ((Map<String, Object>) answer).get("$ref");
                    Map<String, Object> shared = (Map<String, Object>) responses.get(ref.substring(ref.lastIndexOf('/') + 1));
                    Map<String, Object> content = (Map<String, Object>) shared.get("content");
                    assertThat(content).containsOnlyKeys("application/problem+json");
                    assertThat(((Map<String, Object>) ((Map<String, Object>) content.get("application/problem+json"))
                            .get("schema")).get("$ref")).isEqualTo("#/components/schemas/Problem");
                }
            });
        }
        Map<String, Object> problem = (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get("Problem");
        Map<String, Object> code = (Map<String, Object>) ((Map<String, Object>) problem.get("properties")).get("code");
        assertThat((List<String>) code.get("enum")).containsExactlyElementsOf(
                Arrays.stream(ProblemType.values()).map(ProblemType::code).toList());
        assertThat((List<String>) problem.get("required")).contains("code", "requestId");
    }

    @Test
    void requestBodiesRefuseFieldsTheyDoNotHaveAndResponsesStayOpen() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        for (String request : List.of("CreateUserRequest", "UpdateUserRequest", "CreateRoleRequest", "LoginRequest")) {
            assertThat(((Map<String, Object>) schemas.get(request)).get("additionalProperties")).as(request)
                    .isEqualTo(false);
        }
        assertThat((Map<String, Object>) schemas.get("UserResponse")).doesNotContainKey("additionalProperties");
    }

        @Test
    void securityIsExplicitAndPublicOperationsSaySo() {
        for (int i = 0; i < operations.size(); i++) {
            Object security = operations.get(i).get("security");
            assertThat(security).as(names.get(i)).isInstanceOf(List.class);
            boolean secured = !((List<?>) security).isEmpty();
            boolean isPublic = names.get(i).equals("POST /api/v1/auth/login") || names.get(i).equals("POST /api/v1/auth/refresh");
            assertThat(secured).as(names.get(i)).isEqualTo(!isPublic);
            if (secured) {
                assertThat(((Map<String, Object>) operations.get(i).get("responses"))).as(names.get(i))
                        .containsKeys("401", "403");
            }
        }
        assertThat((List<?>) document.get("servers")).isNotEmpty();
        assertThat((List<?>) document.get("tags")).isNotEmpty();
    }

    @Test
    void idsAreUuidsAndPagesAreBounded() {
        for (int i = 0; i < operations.size(); i++) {
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operations.get(i)
                    .getOrDefault("parameters", List.of())) {
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                String name = (String) parameter.get("name");
                if ("path".equals(parameter.get("in")) && (name.equals("id") || name.endsWith("Id"))) {
                    assertThat(schema).as(names.get(i) + " " + name).containsEntry("format", "uuid");
                } else if ("path".equals(parameter.get("in"))) {
                    // a path parameter that is not an id (a parameter's key) says its shape
                    assertThat(schema).as(names.get(i) + " " + name).containsKeys("pattern", "maxLength");
                }
                if (name.equals("size")) {
                    assertThat(schema).containsEntry("minimum", 1).containsEntry("maximum", 100)
                            .containsEntry("default", 20);
                }
                if (name.equals("page")) {
                    assertThat(schema).containsEntry("minimum", 1).containsEntry("default", 1);
                }
            }
        }
        Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                .get("components")).get("schemas")).get("UserResponse");
        Map<String, Object> properties = (Map<String, Object>) user.get("properties");
        assertThat((Map<String, Object>) properties.get("id")).containsEntry("format", "uuid");
        assertThat((Map<String, Object>) properties.get("deptId")).containsEntry("format", "uuid");
        assertThat((Map<String, Object>) ((Map<String, Object>) properties.get("roleIds")).get("items"))
                .containsEntry("format", "uuid");
    }

    @Test
    void requestBodiesHaveExamplesAndStatusFiltersAreEnums() {
        for (int i = 0; i < operations.size(); i++) {
            Map<String, Object> body = (Map<String, Object>) operations.get(i).get("requestBody");
            if (body != null) {
                ((Map<String, Object>) body.get("content")).forEach((type, media) -> {
                    if (type.contains("json")) {
                        assertThat((Map<String, Object>) media).containsKey("example");
                    }
                });
            }
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operations.get(i)
                    .getOrDefault("parameters", List.of())) {
                if ("status".equals(parameter.get("name"))) {
                    // a listing's own states: ENABLED/DISABLED for most, DRAFT/PUBLISHED/REVOKED for notices;
                    // the operation log's status is an HTTP status, an integer bounded to 100-599
                    Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                    if ("integer".equals(schema.get("type"))) {
                        assertThat(schema).as(names.get(i)).containsEntry("minimum", 100).containsEntry("maximum", 599);
                    } else {
                        assertThat(schema).as(names.get(i)).containsKey("enum");
                    }
                }
            }
        }
        Map<String, Object> login = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String,
                Object>) document.get("paths")).get("/api/v1/auth/login")).get("post")).get("requestBody");
        Map<String, Object> example = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) login
                .get("content")).get("application/json")).get("example");
        assertThat(example).containsOnlyKeys("username", "password");
        Map<String, Object> csvImport = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String,
                Object>) document.get("paths")).get("/api/v1/users/import")).get("post")).get("requestBody");
        assertThat((Map<String, Object>) csvImport.get("content")).containsOnlyKeys("text/csv");
    }

    @Test
    void theDescriptionPromisesOnlyWhatIsServed() {
        String description = (String) ((Map<String, Object>) document.get("info")).get("description");

        assertThat(description).doesNotContain("dictionar", "notices", "jobs", "monitoring", "configuration");
        assertThat(new Yaml().dump(document)).doesNotContain("API.md");
    }
}
