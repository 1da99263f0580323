package dev.bastion.adapters.rest.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.rest.security.AccessTokens;
import dev.bastion.adapters.rest.testing.Exchange;
import dev.bastion.adapters.rest.testing.FakeUseCases;
import dev.bastion.application.scheduling.CreateJob;
import dev.bastion.application.scheduling.UpdateJob;
import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jobs' REST operations with the use cases faked: what a body, a filter or a patch becomes in
 * the command, how a job, an execution and a handler's parameter schema are written, and every
 * kind of bad input refused naming its field.
 */
@MicronautTest
class JobControllerTest {

    private static final String JOBS = "/api/v1/jobs";
    private static final String JOB = JOBS + "/" + FakeUseCases.JOB.id();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    @Inject
    AccessTokens accessTokens;

    private String admin;

    private String token(String... permissions) {
        return FakeUseCases.signedIn(accessTokens, permissions);
    }

    @BeforeEach
    void signIn() {
        admin = token("monitor:job:*");
    }

    @AfterEach
    void forget() {
        FakeUseCases.JOB_CALLS.clear();
    }

    private Exchange get(String path) {
        return Exchange.send(client, json, HttpRequest.GET(path).bearerAuth(admin));
    }

    private Exchange send(String method, String path, String body, String token) {
        return Exchange.send(client, json, HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path)
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(body == null ? "" : body).bearerAuth(token));
    }

    private Exchange send(String method, String path, String body) {
        return send(method, path, body, admin);
    }

    private static void assertInvalid(Exchange exchange, String field) {
        assertThat(exchange.status()).as(exchange.body()).isEqualTo(400);
        assertThat(exchange.jsonBody()).containsEntry("code", "VALIDATION_ERROR");
        assertThat(exchange.errors()).as(exchange.body()).anySatisfy(error -> assertThat(error).containsEntry("field",
                field));
    }

    @Test
    void aJobIsWrittenWithItsTimeoutInIsoAndItsParametersAsAnObject() {
        Exchange read = get(JOB);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Map<String, Object> job = read.jsonBody();
        assertThat(job).containsEntry("id", FakeUseCases.JOB.id().toString()).containsEntry("name", "nightly purge")
                .containsEntry("handler", "audit.purge-logs").containsEntry("cron", "0 0 3 * * *")
                .containsEntry("timezone", "UTC").containsEntry("parameters", Map.of("olderThan", "90d"))
                .containsEntry("enabled", true).containsEntry("concurrency", "FORBID")
                .containsEntry("misfire", "FIRE_ONCE").containsEntry("timeout", "PT15M")
                .containsEntry("description", null).containsEntry("nextFireAt", "2026-12-01T03:00:00Z")
                .containsEntry("version", 3).containsKeys("createdAt", "updatedAt");
        assertThat(job).hasSize(15);
    }

    @Test
    void theListingPassesItsFiltersAndRefusesUnknownValues() {
        Exchange listed = get(JOBS + "?name=purge&handler=audit.purge-logs&enabled=false&sort=name,asc&size=5");

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.jsonBody()).containsEntry("total", 1).containsEntry("size", 5);
        assertThat(FakeUseCases.JOB_CALLS).containsExactly(new JobQuery("purge", "audit.purge-logs", false));
        assertInvalid(get(JOBS + "?enabled=maybe"), "enabled");
        assertInvalid(get(JOBS + "?sort=createdAt,desc"), "sort");
        assertInvalid(get(JOBS + "?size=101"), "size");
        assertInvalid(get(JOBS + "?name=" + "x".repeat(65)), "name");
    }

    @Test
    void aCreateBodyBecomesTheCommandAsSent() {
        Exchange created = send("POST", JOBS, """
                {"name":"nightly purge","handler":"audit.purge-logs","cron":"0 0 3 * * *","timezone":"Europe/Berlin",
                 "parameters":{"olderThan":"30d","batch":500,"dryRun":true},"enabled":false,"concurrency":"ALLOW",
                 "misfire":"SKIP","timeout":"15m","description":"keeps the log small"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(JOB);
        CreateJob.Command command = (CreateJob.Command) FakeUseCases.JOB_CALLS.get(0);
        assertThat(command).isEqualTo(new CreateJob.Command("nightly purge", "audit.purge-logs", "0 0 3 * * *",
                "Europe/Berlin", Map.of("olderThan", "30d", "batch", 500, "dryRun", true), false,
                ConcurrencyPolicy.ALLOW, MisfirePolicy.SKIP, "15m", "keeps the log small"));

        send("POST", JOBS, "{\"name\":\"n\",\"handler\":\"smoke.record\",\"cron\":\"* * * * * *\"}");
        assertThat(FakeUseCases.JOB_CALLS.get(1)).isEqualTo(new CreateJob.Command("n", "smoke.record",
                "* * * * * *", null, null, null, null, null, null, null));
    }

    @Test
    void aCreateBodyOfTheWrongShapeIsRefusedNamingTheField() {
        Map<String, Object> valid = Map.of("name", "n", "handler", "smoke.record", "cron", "* * * * * *");
        assertInvalid(create(valid, "nmae", "typo"), "nmae");
        assertInvalid(create(valid, "concurrency", "SOMETIMES"), "concurrency");
        assertInvalid(create(valid, "misfire", "LATER"), "misfire");
        assertInvalid(create(valid, "enabled", "yes"), "enabled");
        // parameters are a JSON object: an array or a text is named as the field
        assertInvalid(create(valid, "parameters", List.of(1)), "parameters");
        assertInvalid(create(valid, "parameters", "pause=1s"), "parameters");
        assertInvalid(create(valid, "timeout", "x".repeat(41)), "timeout");
        assertInvalid(create(valid, "cron", null), "cron");
        assertInvalid(send("POST", JOBS, "{\"name\":\"n\""), "body");
        assertThat(FakeUseCases.JOB_CALLS).isEmpty();
    }

    private Exchange create(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> body = new HashMap<>(valid);
        body.put(field, value);
        try {
            return send("POST", JOBS, json.writeValueAsString(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUpdateIsAPatchThatTellsAFieldLeftOutFromOneSentAsNull() {
        Exchange updated = send("PUT", JOB, "{\"cron\":\"0 */5 * * * *\",\"description\":null,\"timezone\":null,"
                + "\"version\":3}");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        UpdateJob.Command command = (UpdateJob.Command) FakeUseCases.JOB_CALLS.get(0);
        assertThat(command.id()).isEqualTo(FakeUseCases.JOB.id());
        assertThat(command.version()).isEqualTo(3);
        assertThat(command.cron()).isEqualTo(FieldPatch.of("0 */5 * * * *"));
        assertThat(command.description()).isEqualTo(FieldPatch.of(null));
        assertThat(command.timezone()).isEqualTo(FieldPatch.of(null));
        assertThat(List.of(command.name(), command.handler(), command.parameters(), command.concurrency(),
                command.misfire(), command.timeout())).allMatch(patch -> !patch.isGiven());

        send("PUT", JOB, "{\"parameters\":{\"batch\":10},\"misfire\":\"SKIP\",\"version\":4}");
        UpdateJob.Command second = (UpdateJob.Command) FakeUseCases.JOB_CALLS.get(1);
        assertThat(second.parameters()).isEqualTo(FieldPatch.of(Map.of("batch", 10)));
        assertThat(second.misfire()).isEqualTo(FieldPatch.of(MisfirePolicy.SKIP));
    }

    @Test
    void anUpdateOfTheWrongShapeIsRefusedNamingTheField() {
        assertInvalid(send("PUT", JOB, "{\"cron\":\"* * * * * *\"}"), "version");
        assertInvalid(send("PUT", JOB, "{\"name\":null,\"version\":3}"), "name");
        assertInvalid(send("PUT", JOB, "{\"timeout\":null,\"version\":3}"), "timeout");
        assertInvalid(send("PUT", JOB, "{\"enabled\":false,\"version\":3}"), "enabled");
        assertInvalid(send("PUT", JOB, "{\"concurrency\":\"forbid\",\"version\":3}"), "concurrency");
        assertInvalid(send("PUT", JOBS + "/not-an-id", "{\"version\":3}"), "id");
        assertThat(send("PUT", JOBS + "/" + UUID.randomUUID(), "{\"version\":3}").status()).isEqualTo(404);
    }

    @Test
    void theStatusIsSetByItsOwnActionAndAnsweredWithTheJob() {
        Exchange disabled = send("PUT", JOB + "/status", "{\"enabled\":false}");

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.jsonBody()).containsEntry("id", FakeUseCases.JOB.id().toString());
        assertThat(FakeUseCases.JOB_CALLS).containsExactly(false);
        assertInvalid(send("PUT", JOB + "/status", "{}"), "enabled");
        assertInvalid(send("PUT", JOB + "/status", "{\"enabled\":\"no\"}"), "enabled");
        assertInvalid(send("PUT", JOB + "/status", "{\"enabled\":true,\"version\":3}"), "version");
    }

    @Test
    void runningNowIsAcceptedWithTheExecutionIdAndWhereToWatchIt() {
        Exchange run = send("POST", JOB + "/run", null);

        assertThat(run.status()).as(run.body()).isEqualTo(202);
        assertThat(run.header("Location")).isEqualTo(JOB + "/executions");
        assertThat(run.jsonBody()).isEqualTo(Map.of("executionId", FakeUseCases.EXECUTION.toString()));
        assertThat(send("POST", JOBS + "/" + UUID.randomUUID() + "/run", null).status()).isEqualTo(404);
        assertInvalid(send("POST", JOBS + "/42/run", null), "id");
    }

    @Test
    void executionsArePagedAndWrittenWithEveryField() {
        Exchange page = get(JOB + "/executions?page=2&size=10");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(FakeUseCases.JOB_CALLS).containsExactly(new PageRequest(2, 10));
        @SuppressWarnings("unchecked")
        Map<String, Object> execution = ((List<Map<String, Object>>) page.jsonBody().get("items")).get(0);
        assertThat(execution).isEqualTo(new HashMap<>(Map.of("id", FakeUseCases.EXECUTION.toString(),
                "jobId", FakeUseCases.JOB.id().toString(), "trigger", "MANUAL", "scheduledAt", "2026-12-01T03:00:00Z",
                "startedAt", "2026-12-01T03:00:00Z", "outcome", "RUNNING", "instance", "host-1")) {{
                    put("finishedAt", null);
                    put("message", null);
                }});
        assertInvalid(get(JOB + "/executions?size=0"), "size");
        assertThat(get(JOBS + "/" + UUID.randomUUID() + "/executions").status()).isEqualTo(404);
    }

    @Test
    void nextFireTimesAreAPlainArrayOfFiveByDefaultAndOneToFifty() throws Exception {
        Exchange five = get(JOB + "/next-fire-times");

        assertThat(five.status()).as(five.body()).isEqualTo(200);
        assertThat(json.readValue(five.body(), io.micronaut.core.type.Argument.listOf(String.class))).containsExactly(
                "2026-12-01T03:00:00Z", "2026-12-01T03:00:01Z", "2026-12-01T03:00:02Z", "2026-12-01T03:00:03Z",
                "2026-12-01T03:00:04Z");
        assertThat(json.readValue(get(JOB + "/next-fire-times?count=50").body(),
                io.micronaut.core.type.Argument.listOf(String.class))).hasSize(50);
        assertInvalid(get(JOB + "/next-fire-times?count=0"), "count");
        assertInvalid(get(JOB + "/next-fire-times?count=51"), "count");
        assertInvalid(get(JOB + "/next-fire-times?count=many"), "count");
    }

    @Test
    void aHandlersParametersAreAJsonSchemaAFormLibraryCanRender() throws Exception {
        Exchange handlers = get("/api/v1/job-handlers");

        assertThat(handlers.status()).as(handlers.body()).isEqualTo(200);
        List<Object> list = json.readValue(handlers.body(), io.micronaut.core.type.Argument.listOf(Object.class));
        assertThat(list).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> handler = (Map<String, Object>) list.get(0);
        assertThat(handler).containsEntry("key", "audit.purge-logs")
                .containsEntry("requiredPermissions", List.of("monitor:operation-log:delete"))
                .containsKey("description");
        assertThat(handler.get("parameters")).isEqualTo(Map.of("type", "object", "required", List.of("batch"),
                "additionalProperties", false, "properties", Map.of(
                        "olderThan", Map.of("type", "string", "format", "duration", "default", "90d",
                                "description", "how old an entry may get"),
                        "batch", Map.of("type", "integer", "minimum", 1, "maximum", 10_000,
                                "description", "rows per statement"),
                        "label", Map.of("type", "string", "minLength", 1, "maxLength", 40, "description", "a note"),
                        "dryRun", Map.of("type", "boolean", "default", false, "description", "count only"))));
        assertThat(handlers.body()).as("in the order the handler declares them")
                .containsSubsequence("\"olderThan\"", "\"batch\"", "\"label\"", "\"dryRun\"");
    }

    @Test
    void eachOperationNeedsItsOwnPermission() {
        String reader = token("monitor:job:read");
        String lister = token("monitor:job:list");
        String body = "{\"name\":\"n\",\"handler\":\"smoke.record\",\"cron\":\"* * * * * *\"}";

        assertThat(Exchange.send(client, json, HttpRequest.GET(JOB).bearerAuth(reader)).status()).isEqualTo(200);
        assertThat(Exchange.send(client, json, HttpRequest.GET(JOB + "/executions").bearerAuth(reader)).status())
                .isEqualTo(200);
        assertThat(Exchange.send(client, json, HttpRequest.GET(JOB + "/next-fire-times").bearerAuth(reader)).status())
                .isEqualTo(200);
        assertThat(Exchange.send(client, json, HttpRequest.GET(JOBS).bearerAuth(reader)).status()).isEqualTo(403);
        assertThat(Exchange.send(client, json, HttpRequest.GET("/api/v1/job-handlers").bearerAuth(reader)).status())
                .isEqualTo(403);
        assertThat(Exchange.send(client, json, HttpRequest.GET("/api/v1/job-handlers").bearerAuth(lister)).status())
                .isEqualTo(200);
        assertThat(Exchange.send(client, json, HttpRequest.GET(JOB).bearerAuth(lister)).status()).isEqualTo(403);
        FakeUseCases.JOB_CALLS.clear();
        assertThat(send("POST", JOBS, body, reader).status()).isEqualTo(403);
        assertThat(send("PUT", JOB, "{\"nmae\":1}", reader).status()).as("before the body").isEqualTo(403);
        assertThat(send("DELETE", JOB, null, reader).status()).isEqualTo(403);
        assertThat(send("PUT", JOB + "/status", "{\"enabled\":true}", token("monitor:job:run")).status())
                .isEqualTo(403);
        assertThat(send("POST", JOB + "/run", null, token("monitor:job:status")).status()).isEqualTo(403);
        assertThat(send("POST", JOB + "/run", null, token("monitor:job:run")).status()).isEqualTo(202);
        assertThat(FakeUseCases.JOB_CALLS).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedCreateExampleIsABodyAClientCouldSend() {
        Exchange served = Exchange.send(client, json, HttpRequest.GET("/openapi.yml"));
        Map<String, Object> document = new org.yaml.snakeyaml.Yaml().load(served.body());
        Map<String, Object> create = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                .get("paths")).get(JOBS)).get("post");
        Map<String, Object> example = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String,
                Object>) create.get("requestBody")).get("content")).get("application/json")).get("example");

        assertThat(example).containsEntry("handler", "smoke.record").containsEntry("cron", "0 30 3 * * *")
                .containsEntry("timezone", "Europe/Berlin").containsEntry("timeout", "15m")
                .containsEntry("concurrency", "FORBID").containsEntry("misfire", "FIRE_ONCE")
                .containsEntry("parameters", Map.of());
        assertThat(create).containsEntry("x-permission", "monitor:job:create");
    }
}
