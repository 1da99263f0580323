package dev.bastion.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.ApiTest;
import dev.bastion.bootstrap.testing.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Schema-driven fuzzing of every operation the served OpenAPI document describes, so an operation
 * added later is fuzzed without a line of its own. Each try picks an operation and sends it, as the
 * super administrator or as a signed-in user without any permission, inputs generated from its
 * schema: valid ones, and wrong types, missing and extra fields, huge and Unicode-edge strings (NUL,
 * lone surrogates, right-to-left marks), numbers at and past their bounds, deep nesting, invalid
 * UUIDs and path traversal. Whatever was sent:
 *
 * <ul>
 * <li>no answer is 5xx;</li>
 * <li>every 4xx is problem+json with a {@code code} from the document's enum;</li>
 * <li>every 2xx with a body is JSON holding the required properties of its schema;</li>
 * <li>a user without the operation's permission never gets a 2xx.</li>
 * </ul>
 *
 * The seed is fixed ({@code -Dfuzz.seed}), so a failure replays; {@code -Dfuzz.tries} runs longer.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ApiFuzzTest extends ApiTest {

    /** Operations that end the caller's own session: fuzzing them would sign the fuzzer out. */
    static final Set<String> SKIPPED = Set.of("POST /api/v1/auth/logout", "DELETE /api/v1/auth/sessions/others");

    private static final String[] NASTY = {"", " ", "\u0000", "a\u0000b", "\ud800", "x\udc00y", "\u202e\u202d",
            "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "%00", "\uffff", "🙂🙂", "null", "true", "-1", "1e309", "*",
            "system:*:*", "00000000-0000-0000-0000-000000000000"};

    static final int MAX_BODY = 600_000;

    private Map<String, Object> document;
    private Map<String, Object> schemas;
    private List<String[]> operations;
    private List<String> codes;
    private Random random;

    @Test
    void noOperationAnswers5xxWhateverItIsSent() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20261203L);
        int tries = Integer.getInteger("fuzz.tries", 1500);
        random = new Random(seed);
        Http http = api().http();
        document = new Yaml().load(http.get("/openapi.yml").body());
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        schemas = (Map<String, Object>) components.get("schemas");
        codes = (List<String>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) schemas
                .get("Problem")).get("properties")).get("code")).get("enum");
        operations = new ArrayList<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).keySet().forEach(method -> {
                    if (!SKIPPED.contains(method.toUpperCase() + " " + path)) {
                        operations.add(new String[] {method, path});
                    }
                }));
        String admin = signInAdmin();
        api().post("/api/v1/users", admin, Map.of("username", "fuzz_nobody", "password", "fuzz-nobody-pass-1"));
        String nobody = (String) api().login("fuzz_nobody", "fuzz-nobody-pass-1").get("accessToken");

        Map<String, Integer> statuses = new TreeMap<>();
        String previous = "none";
        for (int i = 0; i < tries; i++) {
            String[] operation = operations.get(random.nextInt(operations.size()));
            boolean asNobody = random.nextInt(4) == 0;
            Map<String, Object> definition = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    document.get("paths")).get(operation[1])).get(operation[0]);
            String uri = uri(operation[1], definition);
            String body = definition.containsKey("requestBody") ? body(definition) : null;
            Http.Answer response;
            try {
                if (streams(definition)) {
                    // an event stream: ask for it as a client would, and hang up once it is open
                    response = http.sendExpectingStream(http.request(uri, "Authorization", "Bearer "
                            + (asNobody ? nobody : admin), "Accept", "text/event-stream").GET().build());
                } else {
                    HttpResponse<String> whole = body == null
                        ? http.send(http.request(uri, "Authorization", "Bearer " + (asNobody ? nobody : admin),
                                "Accept", accepts(definition)).method(operation[0].toUpperCase(),
                                java.net.http.HttpRequest.BodyPublishers.noBody()).build())
                        : http.send(operation[0].toUpperCase(), uri, contentType(definition), body,
                                "Authorization", "Bearer " + (asNobody ? nobody : admin), "Accept", accepts(definition));
                    response = new Http.Answer(whole.statusCode(),
                            whole.headers().firstValue("Content-Type").orElse(""), whole.body());
                }
            } catch (RuntimeException failed) {
                throw new AssertionError("try " + i + " (seed " + seed + "): " + operation[0].toUpperCase() + " "
                        + abbreviate(uri)
                        + " got no answer; body: " + abbreviate(body) + "\nthe request before: " + previous, failed);
            }
            String what = "try " + i + " (seed " + seed + "): " + operation[0].toUpperCase() + " " + abbreviate(uri)
                    + (asNobody ? " as a user without permissions" : " as super admin") + "\nbody: " + abbreviate(body)
                    + "\nanswer: " + response.status() + " " + abbreviate(response.body());
            statuses.merge(response.status() + "", 1, Integer::sum);
            previous = what;
            check(response, definition, asNobody, what);
            if (response.status() == 401 && !asNobody && operation[1].startsWith("/api/v1/auth/me")) {
                admin = signInAdmin();
            }
        }
        System.out.println("ApiFuzzTest: " + tries + " requests over " + operations.size() + " operations, seed "
                + seed + ", statuses " + statuses);
        assertThat(statuses.keySet()).as("some valid inputs get through").anyMatch(status -> status.startsWith("2"));
    }

    /**
     * What a client asks for: the type of the operation's 200 (a CSV export, a zip), else JSON; asking
     * a download for JSON would only ever be answered 406, and the operation would go unfuzzed.
     */
    private static String accepts(Map<String, Object> definition) {
        Object ok = ((Map<String, Object>) definition.getOrDefault("responses", Map.of())).get("200");
        if (ok instanceof Map<?, ?> answer && answer.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            return (String) content.keySet().iterator().next();
        }
        return "application/json";
    }

    /** Whether the operation answers with an event stream (its 200 is {@code text/event-stream}). */
    private static boolean streams(Map<String, Object> definition) {
        Object ok = ((Map<String, Object>) definition.getOrDefault("responses", Map.of())).get("200");
        return ok instanceof Map<?, ?> answer && answer.get("content") instanceof Map<?, ?> content
                && content.containsKey("text/event-stream");
    }

    private void check(Http.Answer response, Map<String, Object> definition, boolean asNobody,
                       String what) throws IOException {
        int status = response.status();
        assertThat(status).as(what).isLessThan(500);
        String type = response.contentType();
        if (status >= 400) {
            assertThat(type).as(what).startsWith("application/problem+json");
            Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            assertThat(codes).as(what).contains((String) problem.get("code"));
            assertThat(problem.get("status")).as(what).isEqualTo(status);
        }
        if (status < 300 && asNobody) {
            assertThat(definition.get("x-permission")).as(what + "\n(a 2xx without the permission)").isNull();
        }
        if (status < 300 && !response.body().isEmpty() && type.startsWith("application/json")) {
            Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) definition.get("responses"))
                    .get(String.valueOf(status));
            Map<String, Object> schema = answer == null ? null : schemaOf((Map<String, Object>) answer.get("content"));
            if (schema != null) {
                Object parsed = json.readValue(response.body(), Argument.OBJECT_ARGUMENT);
                conforms(parsed, schema, what);
            }
        }
    }

    /** The body holds what its schema requires, of the declared JSON types (one level of objects deep). */
    private void conforms(Object value, Map<String, Object> schema, String what) {
        Map<String, Object> resolved = resolve(schema);
        String type = (String) resolved.get("type");
        if ("array".equals(type)) {
            assertThat(value).as(what).isInstanceOf(List.class);
            return;
        }
        if ("object".equals(type) || resolved.containsKey("properties")) {
            assertThat(value).as(what).isInstanceOf(Map.class);
            Map<String, Object> object = (Map<String, Object>) value;
            for (String required : (List<String>) resolved.getOrDefault("required", List.of())) {
                assertThat(object).as(what).containsKey(required);
            }
            Map<String, Object> properties = (Map<String, Object>) resolved.getOrDefault("properties", Map.of());
            properties.forEach((name, property) -> {
                Object actual = object.get(name);
                String expected = (String) resolve((Map<String, Object>) property).get("type");
                if (actual != null && expected != null) {
                    assertThat(jsonType(actual)).as(what + "\nproperty " + name).isIn(expected,
                            expected.equals("number") ? "integer" : expected);
                }
            });
        }
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        return value instanceof List ? "array" : "object";
    }

    private String uri(String template, Map<String, Object> definition) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) definition.getOrDefault("parameters",
                List.of())) {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
            if ("path".equals(parameter.get("in"))) {
                String value = random.nextInt(5) == 0 ? nastyText() : UUID.randomUUID().toString();
                if (value.isBlank()) {
                    value = "x"; // an empty segment would address the collection, another operation
                }
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            } else if ("query".equals(parameter.get("in")) && random.nextBoolean()) {
                // query values stay short: a request line over Netty's limit (4 KB) is refused before Bastion
                Object value = random.nextInt(4) == 0 ? nastyText() : value(schema, 0);
                if (String.valueOf(value).length() > 1000) {
                    value = String.valueOf(value).substring(0, 1000);
                }
                query.append(query.isEmpty() ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }

    private String body(Map<String, Object> definition) throws IOException {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) definition.get("requestBody"))
                .get("content");
        Map<String, Object> schema = schemaOf(content);
        return switch (random.nextInt(12)) {
            case 0 -> "{\"unfinished\": ";
            case 1 -> "[".repeat(2000) + "]".repeat(2000);
            case 2 -> "{\"a\":1} trailing";
            case 3 -> "null";
            case 4 -> "\"just a string\"";
            default -> {
                // under the body limit (1 MB): a body over it is answered 413 and the connection closed
                // before the client has sent it all, which the client reports as a broken connection
                String generated = json.writeValueAsString(schema == null ? Map.of() : value(schema, 0));
                yield generated.length() > MAX_BODY ? "{\"tooLong\":\"" + "x".repeat(MAX_BODY / 2) + "\"}" : generated;
            }
        };
    }

    private static String contentType(Map<String, Object> definition) {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) definition.get("requestBody"))
                .get("content");
        return content.keySet().iterator().next();
    }

    private Map<String, Object> schemaOf(Map<String, Object> content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        return media == null ? null : (Map<String, Object>) media.get("schema");
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference) {
            return resolve((Map<String, Object>) schemas.get(reference.substring(reference.lastIndexOf('/') + 1)));
        }
        if (schema.get("allOf") instanceof List<?> allOf && allOf.size() == 1) {
            return resolve((Map<String, Object>) allOf.get(0));
        }
        return schema;
    }

    /** A value for {@code schema}: mostly valid, sometimes of the wrong type, at or past a bound, or nasty. */
    private Object value(Map<String, Object> schema, int depth) {
        Map<String, Object> resolved = resolve(schema);
        int mood = random.nextInt(10);
        if (mood == 0 && depth < 6) {
            return wrongType();
        }
        if (resolved.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return mood == 1 ? "NOT_" + values.get(0) : values.get(random.nextInt(values.size()));
        }
        String type = (String) resolved.getOrDefault("type", resolved.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                List<Object> list = new ArrayList<>();
                Map<String, Object> items = (Map<String, Object>) resolved.getOrDefault("items", Map.of("type", "string"));
                int size = mood == 2 ? tooMany(resolved, items) : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(items, depth + 1));
                }
                yield list;
            }
            case "integer" -> integer(resolved, mood);
            case "number" -> mood == 3 ? 1e308 : random.nextGaussian() * 1000;
            case "boolean" -> random.nextBoolean();
            default -> text(resolved, mood);
        };
    }

    /**
     * How many items make an array too long: one past its {@code maxItems}, else 1200 scalars, else 25
     * (arrays of objects or arrays nest: 1200 at each level would not fit in memory before it is sent).
     */
    private int tooMany(Map<String, Object> array, Map<String, Object> items) {
        if (array.get("maxItems") instanceof Number max) {
            return max.intValue() + 1;
        }
        String type = (String) resolve(items).getOrDefault("type", resolve(items).containsKey("properties") ? "object" : "string");
        return type.equals("object") || type.equals("array") ? 25 : 1200;
    }

    private Object object(Map<String, Object> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((name, property) -> {
            boolean include = required.contains(name) ? random.nextInt(12) != 0 : random.nextInt(3) != 0;
            if (include) {
                object.put(name, value((Map<String, Object>) property, depth + 1));
            }
        });
        if (random.nextInt(6) == 0) {
            object.put("unexpected" + random.nextInt(100), nastyText());
        }
        if (random.nextInt(20) == 0) {
            Map<String, Object> deep = new LinkedHashMap<>();
            Map<String, Object> at = deep;
            for (int i = 0; i < 200; i++) {
                Map<String, Object> next = new LinkedHashMap<>();
                at.put("d", next);
                at = next;
            }
            object.put("nested", deep);
        }
        return object;
    }

    private Object integer(Map<String, Object> schema, int mood) {
        long minimum = schema.get("minimum") instanceof Number n ? n.longValue() : -1000;
        long maximum = schema.get("maximum") instanceof Number n ? n.longValue() : 1000;
        return switch (mood) {
            case 3 -> minimum - 1;
            case 4 -> maximum + 1;
            case 5 -> Long.MAX_VALUE;
            case 6 -> minimum;
            default -> minimum + (long) random.nextInt((int) Math.min(Integer.MAX_VALUE, Math.max(1, maximum - minimum)));
        };
    }

    private Object text(Map<String, Object> schema, int mood) {
        String format = (String) schema.get("format");
        if ("uuid".equals(format)) {
            return mood == 3 ? "not-a-uuid" : mood == 4 ? "01936f6e-0000-7000-8000-0000000000d1"
                    : UUID.randomUUID().toString();
        }
        if ("date-time".equals(format)) {
            return mood == 3 ? "yesterday" : "2026-12-03T10:00:00Z";
        }
        return switch (mood) {
            case 3 -> nastyText();
            case 4 -> "x".repeat(10_000 + random.nextInt(20_000));
            case 5 -> "fz" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "@example.com";
            default -> "fz_" + Integer.toString(random.nextInt(1_000_000), 36);
        };
    }

    private Object wrongType() {
        return switch (random.nextInt(6)) {
            case 0 -> 42;
            case 1 -> 2.9;
            case 2 -> true;
            case 3 -> List.of("a", 1);
            case 4 -> Map.of("k", "v");
            default -> "yes";
        };
    }

    private String nastyText() {
        return NASTY[random.nextInt(NASTY.length)];
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
