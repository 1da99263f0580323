package dev.bastion.adapters.rest.docs;

import dev.bastion.adapters.rest.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the document generated from the annotations lacks for a client to be generated from it,
 * added by rules over every operation, so an operation added later is described the same way
 * without a line of its own:
 *
 * <ul>
 * <li>the error answers each operation can give, all as the shared {@code Problem} schema in
 *     {@code application/problem+json} ({@code code} an enum of {@link ProblemType});</li>
 * <li>{@code security: []} on the public operations, a {@code servers} entry, the tags;</li>
 * <li>{@code format: uuid} on ids (path parameters and properties named {@code id} or
 *     {@code …Id}, lists named {@code …Ids}); bounds and defaults on {@code page} and
 *     {@code size}, a pattern on {@code sort};</li>
 * <li>an example on every JSON request body, made from its schema;</li>
 * <li>on each operation guarded by {@code @RequiresPermission}, the permission as {@code x-permission} and
 *     at the end of the summary, taken from the annotation (see {@link OperationPermissions}).</li>
 * </ul>
 */
final class OpenApiRefinement {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The error answers, by status: the components' response name and its description. */
    private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {"BadRequest", "VALIDATION_ERROR: a parameter or body value is invalid; "
                + "errors[] names each field"});
        ERRORS.put("401", new String[] {"Unauthorized", "UNAUTHORIZED: no, invalid, expired or revoked access token "
                + "(INVALID_CREDENTIALS, REFRESH_TOKEN_INVALID on sign-in and refresh)"});
        ERRORS.put("403", new String[] {"Forbidden", "FORBIDDEN: the permission is missing or the target is beyond "
                + "the caller's grants; PASSWORD_CHANGE_REQUIRED; ACCOUNT_DISABLED on sign-in"});
        ERRORS.put("404", new String[] {"NotFound", "NOT_FOUND: no such resource, or outside the caller's data "
                + "scope"});
        ERRORS.put("409", new String[] {"Conflict", "CONFLICT (uniqueness or a state rule) or VERSION_CONFLICT "
                + "(stale version)"});
        ERRORS.put("413", new String[] {"PayloadTooLarge", "PAYLOAD_TOO_LARGE: the body is over the limit"});
        ERRORS.put("415", new String[] {"UnsupportedMediaType", "UNSUPPORTED_MEDIA_TYPE: the body is not of the "
                + "type the operation reads"});
        ERRORS.put("423", new String[] {"Locked", "ACCOUNT_LOCKED: too many failed sign-ins; lockedUntil says "
                + "until when"});
        ERRORS.put("429", new String[] {"TooManyRequests", "RATE_LIMITED: too many attempts; see the Retry-After "
                + "header"});
        ERRORS.put("500", new String[] {"InternalError", "INTERNAL_ERROR: an unexpected error; quote requestId"});
        ERRORS.put("503", new String[] {"ServiceUnavailable", "SERVICE_UNAVAILABLE: the database or the cache does "
                + "not answer; retry later"});
    }

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final Set<String> SIGN_IN = Set.of("/api/v1/auth/login", "/api/v1/auth/refresh");

    private OpenApiRefinement() {
    }

    /**
     * Refines {@code document} (the generated one, as read from YAML) in place; {@code permissions}
     * are the permissions the operations require, by {@link OperationPermissions#key}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> refine(Map<String, Object> document, Map<String, String> permissions) {
        document.putIfAbsent("servers", List.of(Map.of("url", "/", "description", "this server")));
        Map<String, Object> components = child(document, "components");
        Map<String, Object> schemas = child(components, "schemas");
        schemas.put("Problem", problemSchema());
        schemas.put("ProblemFieldError", fieldErrorSchema());
        Map<String, Object> responses = child(components, "responses");
        ERRORS.forEach((status, response) -> responses.put(response[0], Map.of("description", response[1],
                "content", Map.of(PROBLEM_JSON, Map.of("schema", Map.of("$ref", PROBLEM_REF))))));
        schemas.forEach((name, schema) -> {
            if (!name.startsWith("Problem")) {
                formatIds((Map<String, Object>) schema);
                typeNullableObjects((Map<String, Object>) schema);
            }
        });
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op) {
                refineOperation(path, method, (Map<String, Object>) op, schemas);
                showPermission((Map<String, Object>) op, permissions.get(OperationPermissions.key(method, path)));
                Object opTags = op.get("tags");
                if (opTags instanceof List<?> list) {
                    list.forEach(tag -> tags.add(String.valueOf(tag)));
                }
            }
        }));
        if (!document.containsKey("tags")) {
            List<Map<String, Object>> declared = new ArrayList<>();
            tags.forEach(tag -> declared.add(Map.of("name", tag)));
            document.put("tags", declared);
        }
        return document;
    }

    private static void showPermission(Map<String, Object> operation, String permission) {
        if (permission == null) {
            return;
        }
        Object summary = operation.get("summary");
        operation.put("summary", (summary == null ? "" : summary + " ") + "(permission " + permission + ")");
        operation.put("x-permission", permission);
    }

    /** Sample values by property name, where the type alone would give a meaningless one. */
    private static final Map<String, Object> SAMPLES = Map.ofEntries(
            Map.entry("username", "jane.doe"), Map.entry("password", "correct-horse-battery-9"),
            Map.entry("oldPassword", "old-password-123"), Map.entry("newPassword", "new-password-456"),
            Map.entry("nickname", "Jane"), Map.entry("email", "jane.doe@example.com"),
            Map.entry("phone", "+44 20 7946 0958"), Map.entry("name", "Engineering"), Map.entry("code", "dept_lead"),
            Map.entry("path", "user"), Map.entry("component", "system/user/index"),
            Map.entry("permission", "system:user:list"), Map.entry("icon", "user"), Map.entry("leader", "Jane Doe"),
            Map.entry("refreshToken", "0193a5e1-7c2e-7f3a-9d41-5b6c7d8e9f00.Xk3h9Qw-sample"),
            Map.entry("handler", "smoke.record"), Map.entry("cron", "0 30 3 * * *"),
            Map.entry("timezone", "Europe/Berlin"), Map.entry("timeout", "15m"));
    private static final String SAMPLE_ID = "0193a5e1-7c2e-7f3a-9d41-5b6c7d8e9f00";
    private static final String SAMPLE_TIME = "2030-01-01T09:00:00Z";

    /** An example of a value of {@code schema} (references resolved), for request bodies. */
    @SuppressWarnings("unchecked")
    private static Object example(String name, Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        if (schema.get("$ref") instanceof String ref && depth < 5) {
            Object target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            return target instanceof Map<?, ?> map ? example(name, (Map<String, Object>) map, schemas, depth + 1) : null;
        }
        if (schema.get("allOf") instanceof List<?> allOf && allOf.size() == 1) {
            return example(name, (Map<String, Object>) allOf.get(0), schemas, depth);
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((property, definition) -> {
                    Object value = example(property, (Map<String, Object>) definition, schemas, depth + 1);
                    if (value != null) {
                        object.put(property, value);
                    }
                });
                yield object;
            }
            case "array" -> {
                Object item = example(name.endsWith("s") ? name.substring(0, name.length() - 1) : name,
                        (Map<String, Object>) schema.getOrDefault("items", Map.of("type", "string")), schemas, depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> name.equals("version") ? 0 : schema.getOrDefault("minimum", 1);
            case "number" -> 1;
            case "boolean" -> !name.equals("mustChangePassword");
            default -> "uuid".equals(schema.get("format")) || isIdName(name) ? SAMPLE_ID
                    : "date-time".equals(schema.get("format")) ? SAMPLE_TIME
                    : SAMPLES.getOrDefault(name, name);
        };
    }

    @SuppressWarnings("unchecked")
    private static void refineOperation(String path, String method, Map<String, Object> operation,
                                        Map<String, Object> schemas) {
        if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
            // an operation routed for any type (so that authentication comes before the type check)
            // still reads only the types it names
            if (content.size() > 1) {
                content.remove("*/*");
            }
            ((Map<String, Object>) content).forEach((type, media) -> {
                if (type.contains("json") && media instanceof Map<?, ?> described
                        && described.get("schema") instanceof Map<?, ?> schema) {
                    closeFields((Map<String, Object>) schema, schemas, new HashSet<>());
                }
                if (type.contains("json") && media instanceof Map<?, ?> described && !described.containsKey("example")
                        && described.get("schema") instanceof Map<?, ?> schema) {
                    ((Map<String, Object>) described).put("example",
                            example("body", (Map<String, Object>) schema, schemas, 0));
                }
            });
        }
        boolean secured = operation.get("security") instanceof List<?> security && !security.isEmpty();
        if (!secured) {
            operation.put("security", List.of());
        }
        List<Object> parameters = (List<Object>) operation.getOrDefault("parameters", List.of());
        parameters.forEach(parameter -> refineParameter((Map<String, Object>) parameter));
        boolean hasBody = operation.containsKey("requestBody");
        Set<String> statuses = new LinkedHashSet<>();
        if (!parameters.isEmpty() || hasBody) {
            statuses.add("400");
        }
        if (secured || SIGN_IN.contains(path)) {
            statuses.add("401");
        }
        if (secured || path.equals("/api/v1/auth/login")) {
            statuses.add("403");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (WRITES.contains(method) && !path.startsWith("/api/v1/auth/")) {
            statuses.add("409");
        }
        if (hasBody) {
            statuses.add("413");
            statuses.add("415");
        }
        if (path.equals("/api/v1/auth/login")) {
            statuses.add("423");
        }
        if (SIGN_IN.contains(path)) {
            statuses.add("429");
        }
        statuses.add("500");
        statuses.add("503");
        Map<String, Object> responses = new TreeMap<>((Map<String, Object>) operation.getOrDefault("responses",
                Map.of()));
        statuses.forEach(status -> responses.putIfAbsent(status,
                Map.of("$ref", "#/components/responses/" + ERRORS.get(status)[0])));
        operation.put("responses", new LinkedHashMap<>(responses));
    }

    /**
     * A request body's object schemas, and those they nest, say {@code additionalProperties: false}:
     * the server refuses a field a request does not have (400 naming it), so a generated client
     * should not offer to send one.
     */
    @SuppressWarnings("unchecked")
    private static void closeFields(Map<String, Object> schema, Map<String, Object> schemas, Set<String> seen) {
        if (schema.get("$ref") instanceof String ref && ref.startsWith(SCHEMA_REF_PREFIX)) {
            String name = ref.substring(SCHEMA_REF_PREFIX.length());
            if (seen.add(name) && schemas.get(name) instanceof Map<?, ?> referenced) {
                closeFields((Map<String, Object>) referenced, schemas, seen);
            }
            return;
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            schema.putIfAbsent("additionalProperties", false);
            properties.values().forEach(property -> {
                if (property instanceof Map<?, ?> nested) {
                    closeFields((Map<String, Object>) nested, schemas, seen);
                }
            });
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            closeFields((Map<String, Object>) items, schemas, seen);
        }
        for (String composed : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(composed) instanceof List<?> parts) {
                parts.forEach(part -> {
                    if (part instanceof Map<?, ?> nested) {
                        closeFields((Map<String, Object>) nested, schemas, seen);
                    }
                });
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void refineParameter(Map<String, Object> parameter) {
        String name = String.valueOf(parameter.get("name"));
        Map<String, Object> schema = parameter.get("schema") instanceof Map<?, ?> found
                ? (Map<String, Object>) found : new LinkedHashMap<>();
        // an absent parameter is the "no value" of a parameter: nullable says nothing more, and beside
        // a lone allOf (an enum's reference) it leaves the schema without a type
        schema.remove("nullable");
        if (schema.get("allOf") instanceof List<?> allOf && allOf.size() == 1 && schema.size() == 1) {
            schema = new LinkedHashMap<>((Map<String, Object>) allOf.get(0));
        }
        parameter.put("schema", schema);
        if ("path".equals(parameter.get("in")) && isIdName(name)) {
            schema.put("format", "uuid");
        }
        if (!"query".equals(parameter.get("in"))) {
            return;
        }
        switch (name) {
            case "page" -> {
                schema.put("minimum", 1);
                schema.put("default", 1);
            }
            case "size" -> {
                schema.put("minimum", 1);
                schema.put("maximum", 100);
                schema.put("default", 20);
            }
            case "sort" -> schema.put("pattern", "^[A-Za-z]+,(asc|desc)$");
            default -> {
                if (isIdName(name)) {
                    schema.put("format", "uuid");
                }
            }
        }
    }

    /** Properties named {@code id} or {@code …Id} are UUIDs, lists named {@code …Ids} lists of them. */
    @SuppressWarnings("unchecked")
    private static void formatIds(Map<String, Object> schema) {
        if (!(schema.get("properties") instanceof Map<?, ?> properties)) {
            return;
        }
        ((Map<String, Object>) properties).forEach((name, property) -> {
            Map<String, Object> definition = (Map<String, Object>) property;
            if ("string".equals(definition.get("type")) && isIdName(name)) {
                definition.put("format", "uuid");
            }
            if ("array".equals(definition.get("type")) && name.endsWith("Ids")
                    && definition.get("items") instanceof Map<?, ?> items && "string".equals(items.get("type"))) {
                ((Map<String, Object>) items).put("format", "uuid");
            }
        });
    }

    /**
     * A nullable property that is another schema comes out as {@code nullable: true} beside an
     * {@code allOf} of the reference, with no {@code type}; OpenAPI 3.0 ignores {@code nullable}
     * without one, so a client generator would call it required. Such a property is an object.
     */
    @SuppressWarnings("unchecked")
    private static void typeNullableObjects(Map<String, Object> schema) {
        if (!(schema.get("properties") instanceof Map<?, ?> properties)) {
            return;
        }
        ((Map<String, Object>) properties).values().forEach(property -> {
            Map<String, Object> definition = (Map<String, Object>) property;
            if (Boolean.TRUE.equals(definition.get("nullable")) && !definition.containsKey("type")
                    && definition.containsKey("allOf")) {
                definition.put("type", "object");
            }
        });
    }

    private static boolean isIdName(String name) {
        return name.equals("id") || name.endsWith("Id") && !name.equals("requestId");
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "format", "uri", "description", "identifies the kind of "
                + "problem (" + ProblemType.TYPE_BASE + "…)"));
        properties.put("title", Map.of("type", "string", "description", "fixed per code"));
        properties.put("status", Map.of("type", "integer", "format", "int32", "description", "the HTTP status"));
        properties.put("detail", Map.of("type", "string", "description", "what went wrong, for people"));
        properties.put("instance", Map.of("type", "string", "description", "the request path"));
        properties.put("code", Map.of("type", "string", "description", "stable, for programs",
                "enum", Arrays.stream(ProblemType.values()).map(ProblemType::code).toList()));
        properties.put("requestId", Map.of("type", "string", "description", "as in the X-Request-Id header"));
        properties.put("errors", Map.of("type", "array", "description", "each invalid input (VALIDATION_ERROR)",
                "items", Map.of("$ref", "#/components/schemas/ProblemFieldError")));
        properties.put("lockedUntil", Map.of("type", "string", "format", "date-time",
                "description", "until when the account is locked (ACCOUNT_LOCKED)"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "An RFC 9457 problem detail");
        schema.put("required", List.of("type", "title", "status", "code", "requestId"));
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> fieldErrorSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("field", "message"));
        schema.put("properties", Map.of(
                "field", Map.of("type", "string", "description", "a JSON path in the body (address.city, "
                        + "roleIds[2]), or a parameter name, or body"),
                "message", Map.of("type", "string", "description", "what the value must be")));
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String name) {
        Object existing = parent.get(name);
        if (existing instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(name, created);
        return created;
    }
}
