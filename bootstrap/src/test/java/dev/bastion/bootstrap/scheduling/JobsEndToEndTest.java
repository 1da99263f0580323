package dev.bastion.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api;
import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs through HTTP, as their administrators define, run and watch them: the whole life of a job
 * of the built-in {@code smoke.record} handler, every kind of bad input, and the handler's own
 * permissions on top of the job permission.
 */
@MicronautTest(transactional = false)
class JobsEndToEndTest extends ApiTest {

    private static final String JOBS = "/api/v1/jobs";
    /** Built-in menu entries (V14): the Jobs screen (monitor:job:list) and its "Create job" button. */
    private static final String JOBS_MENU = "01936f6e-0000-7000-8000-000000000206";
    private static final String CREATE_JOB_BUTTON = "01936f6e-0000-7000-8000-000000000251";

    private Api api;
    private String admin;
    /** Names this test's jobs, role and user apart from every other test's (one schema serves the class). */
    private String tag;

    @BeforeEach
    void signIn() {
        api = api();
        admin = signInAdmin();
        tag = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * A job of {@code smoke.record} firing every second. ALLOW: a run ordered by hand must not be
     * recorded SKIPPED because a scheduled one happens to be running at that moment.
     */
    private Map<String, Object> smoke(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", tag + " " + name);
        body.put("handler", "smoke.record");
        body.put("cron", "* * * * * *");
        body.put("parameters", Map.of("pause", "0s"));
        body.put("concurrency", "ALLOW");
        return body;
    }

    private Reply createWith(String field, Object value) {
        Map<String, Object> body = smoke("bad " + field);
        body.put(field, value);
        return api.post(JOBS, admin, body);
    }

    private String created(Map<String, Object> body) {
        Reply reply = api.post(JOBS, admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) reply.json().get("id");
    }

    /** The message of the error naming {@code field}, after checking the answer is 400 VALIDATION_ERROR. */
    @SuppressWarnings("unchecked")
    private static String assertInvalid(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("code", "VALIDATION_ERROR");
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream()
                .filter(error -> field.equals(error.get("field"))).map(error -> (String) error.get("message"))
                .findFirst().orElseThrow(() -> new AssertionError("no error on " + field + ": " + reply.body()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    private List<Instant> fireTimes(String id, String query) {
        Reply reply = api.get(JOBS + "/" + id + "/next-fire-times" + query, admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray().stream().map(time -> Instant.parse((String) time)).toList();
    }

    /** Polls the job's history (a few seconds at most) until {@code wanted} holds for one execution. */
    private Map<String, Object> awaitExecution(String id, java.util.function.Predicate<Map<String, Object>> wanted,
                                               String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<Map<String, Object>> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = items(api.get(JOBS + "/" + id + "/executions?size=100", admin));
            Optional<Map<String, Object>> found = seen.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause(200);
        }
        throw new AssertionError("no execution " + what + " within 15 s; the history: " + seen);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    void aJobIsCreatedListedPreviewedRunEditedSwitchedOffAndDeleted() {
        Reply created = api.post(JOBS, admin, smoke("life"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> job = created.json();
        String id = (String) job.get("id");
        assertThat(created.header("Location")).isEqualTo(JOBS + "/" + id);
        assertThat(job).containsEntry("name", tag + " life").containsEntry("handler", "smoke.record")
                .containsEntry("cron", "* * * * * *").containsEntry("timezone", "UTC")
                .containsEntry("parameters", Map.of("pause", "0s")).containsEntry("enabled", true)
                .containsEntry("concurrency", "ALLOW").containsEntry("misfire", "FIRE_ONCE")
                .containsEntry("timeout", "PT1H").containsEntry("description", null).containsEntry("version", 0)
                .containsKeys("createdAt", "updatedAt");
        assertThat(job.get("nextFireAt")).as("an enabled job is planned at once").isNotNull();

        assertThat(items(api.get(JOBS + "?name=" + tag.toUpperCase() + "&handler=smoke.record&enabled=true", admin)))
                .extracting(item -> item.get("id")).containsExactly(id);
        assertThat(items(api.get(JOBS + "?name=" + tag + "&enabled=false", admin))).isEmpty();
        assertThat(items(api.get(JOBS + "?name=" + tag + "&handler=audit.purge-logs", admin))).isEmpty();
        assertThat(api.get(JOBS + "/" + id, admin).json()).containsEntry("name", tag + " life");

        List<Instant> five = fireTimes(id, "");
        assertThat(five).hasSize(5);
        for (int i = 1; i < five.size(); i++) {
            assertThat(Duration.between(five.get(i - 1), five.get(i))).isEqualTo(Duration.ofSeconds(1));
        }
        assertThat(fireTimes(id, "?count=12")).hasSize(12);

        Reply run = api.post(JOBS + "/" + id + "/run", admin, null);
        assertThat(run.status()).as(run.body()).isEqualTo(202);
        assertThat(run.header("Location")).isEqualTo(JOBS + "/" + id + "/executions");
        String executionId = (String) run.json().get("executionId");
        Map<String, Object> manual = awaitExecution(id, e -> executionId.equals(e.get("id"))
                && "SUCCEEDED".equals(e.get("outcome")), executionId + " SUCCEEDED");
        assertThat(manual).containsEntry("jobId", id).containsEntry("trigger", "MANUAL");
        assertThat(manual.get("startedAt")).isNotNull();
        assertThat(manual.get("finishedAt")).isNotNull();
        assertThat(manual.get("instance")).isNotNull();
        awaitExecution(id, e -> "SCHEDULE".equals(e.get("trigger")) && "SUCCEEDED".equals(e.get("outcome")),
                "fired by the schedule");

        long version = ((Number) api.get(JOBS + "/" + id, admin).json().get("version")).longValue();
        Reply described = api.send("PUT", JOBS + "/" + id, admin, Map.of("description", "smoke, edited",
                "version", version));
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        assertThat(described.json()).containsEntry("description", "smoke, edited").containsEntry("cron", "* * * * * *")
                .containsEntry("parameters", Map.of("pause", "0s")).containsEntry("version", (int) version + 1);
        Reply stale = api.send("PUT", JOBS + "/" + id, admin, Map.of("cron", "0 0 3 * * *", "version", version));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "VERSION_CONFLICT");
        Reply daily = api.send("PUT", JOBS + "/" + id, admin, Map.of("cron", "0 0 3 * * *", "version", version + 1));
        assertThat(daily.status()).as(daily.body()).isEqualTo(200);
        assertThat(daily.json()).containsEntry("cron", "0 0 3 * * *").containsEntry("description", "smoke, edited");
        assertThat((String) daily.json().get("nextFireAt")).endsWith("T03:00:00Z");
        List<Instant> days = fireTimes(id, "?count=2");
        assertThat(Duration.between(days.get(0), days.get(1))).isEqualTo(Duration.ofDays(1));

        Reply disabled = api.send("PUT", JOBS + "/" + id + "/status", admin, Map.of("enabled", false));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json()).containsEntry("enabled", false).containsEntry("nextFireAt", null);
        assertThat(items(api.get(JOBS + "?name=" + tag + "&enabled=false", admin))).extracting(item -> item.get("id"))
                .containsExactly(id);
        Reply refused = api.post(JOBS + "/" + id + "/run", admin, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("code", "CONFLICT");
        assertThat(fireTimes(id, "?count=1")).as("a disabled job's cron can still be previewed").hasSize(1);

        // a run that started before the job was disabled finishes first: a job is not deleted under it
        awaitNothingRunning(id);
        assertThat(api.send("DELETE", JOBS + "/" + id, admin, null).status()).isEqualTo(204);
        assertThat(api.get(JOBS + "/" + id, admin).status()).isEqualTo(404);
        assertThat(api.get(JOBS + "/" + id + "/executions", admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", JOBS + "/" + id, admin, null).status()).isEqualTo(404);
    }

    private void awaitNothingRunning(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (items(api.get(JOBS + "/" + id + "/executions?size=100", admin)).stream()
                .anyMatch(e -> "RUNNING".equals(e.get("outcome")))) {
            assertThat(Instant.now()).as("a run still RUNNING after 10 s").isBefore(deadline);
            pause(200);
        }
    }

    @Test
    void everyKindOfBadInputIsRefusedNamingTheField() {
        assertThat(assertInvalid(createWith("cron", "61 * * * * *"), "cron"))
                .startsWith("is not a valid cron expression: ").hasSizeGreaterThan(40);
        assertThat(assertInvalid(createWith("cron", "* * *"), "cron")).contains("6 fields");
        assertThat(assertInvalid(createWith("handler", "no.such-handler"), "handler")).contains("smoke.record")
                .contains("audit.purge-logs");
        assertInvalid(createWith("handler", "Not A Key"), "handler");
        assertInvalid(createWith("parameters", Map.of("nope", 1)), "parameters.nope");
        assertInvalid(createWith("parameters", Map.of("pause", 5)), "parameters.pause");
        assertInvalid(createWith("parameters", Map.of("pause", "soon")), "parameters.pause");
        assertInvalid(createWith("timeout", "0s"), "timeout");
        assertInvalid(createWith("timeout", "2d"), "timeout");
        assertInvalid(createWith("timeout", "later"), "timeout");
        assertInvalid(createWith("timezone", "Mars/Olympus"), "timezone");
        assertInvalid(createWith("concurrency", "SOMETIMES"), "concurrency");
        assertInvalid(createWith("misfire", "LATER"), "misfire");
        assertInvalid(createWith("enabled", "yes"), "enabled");
        assertInvalid(createWith("nmae", "typo"), "nmae");
        assertInvalid(createWith("name", " "), "name");
        assertInvalid(createWith("description", "x".repeat(501)), "description");
        Map<String, Object> noCron = smoke("no cron");
        noCron.remove("cron");
        assertInvalid(api.post(JOBS, admin, noCron), "cron");

        String id = created(smoke("target"));
        assertInvalid(api.get(JOBS + "/" + id + "/next-fire-times?count=0", admin), "count");
        assertInvalid(api.get(JOBS + "/" + id + "/next-fire-times?count=51", admin), "count");
        assertInvalid(api.get(JOBS + "?enabled=maybe", admin), "enabled");
        assertInvalid(api.get(JOBS + "?sort=createdAt,desc", admin), "sort");
        assertInvalid(api.get(JOBS + "/not-an-id", admin), "id");
        assertInvalid(api.send("PUT", JOBS + "/" + id, admin, Map.of("enabled", false, "version", 0)), "enabled");
        assertInvalid(api.send("PUT", JOBS + "/" + id, admin, Map.of("cron", "* * * * * *")), "version");
        assertInvalid(api.send("PUT", JOBS + "/" + id + "/status", admin, Map.of("enabled", "no")), "enabled");
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);
        nullName.put("version", 0);
        assertInvalid(api.send("PUT", JOBS + "/" + id, admin, nullName), "name");
        assertThat(api.get(JOBS + "/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.post(JOBS + "/" + UUID.randomUUID() + "/run", admin, null).status()).isEqualTo(404);

        Reply duplicate = api.post(JOBS, admin, smoke("target"));
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.json()).containsEntry("code", "CONFLICT");
        assertThat(api.send("PUT", JOBS + "/" + id + "/status", admin, Map.of("enabled", false)).status())
                .isEqualTo(200);
    }

    @Test
    void theHandlersAreListedWithTheirParametersAsAJsonSchema() {
        Reply reply = api.get("/api/v1/job-handlers", admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> smoke = reply.jsonArray().stream().map(handler -> (Map<String, Object>) handler)
                .filter(handler -> "smoke.record".equals(handler.get("key"))).findFirst().orElseThrow();
        assertThat(smoke).containsKeys("description", "requiredPermissions");
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) smoke.get("parameters");
        assertThat(parameters).containsEntry("type", "object").containsEntry("additionalProperties", false);
        Map<?, ?> pause = (Map<?, ?>) ((Map<?, ?>) parameters.get("properties")).get("pause");
        assertThat(pause.get("type")).isEqualTo("string");
        assertThat(pause.get("format")).isEqualTo("duration");
        assertThat(pause.get("description")).isNotNull();
        Map<?, ?> purge = reply.jsonArray().stream().map(handler -> (Map<?, ?>) handler)
                .filter(handler -> "audit.purge-logs".equals(handler.get("key"))).findFirst().orElseThrow();
        assertThat(purge.get("requiredPermissions")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("monitor:operation-log:delete");
    }

    @Test
    void aCallerWithoutTheHandlersPermissionsCannotScheduleItsWork() {
        Reply role = api.post("/api/v1/roles", admin, Map.of("code", tag + "_scheduler", "name", "Scheduler",
                "dataScope", "ALL", "menuIds", List.of(JOBS_MENU, CREATE_JOB_BUTTON)));
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        Reply user = api.post("/api/v1/users", admin, Map.of("username", tag + "sched", "password", "scheduler-pass-1",
                "roleIds", List.of(role.json().get("id"))));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        String scheduler = (String) api.login(tag + "sched", "scheduler-pass-1").get("accessToken");

        Map<String, Object> purge = smoke("purge by a scheduler");
        purge.put("handler", "audit.purge-logs");
        purge.put("cron", "0 30 3 * * *");
        purge.remove("parameters");
        Reply refused = api.post(JOBS, scheduler, purge);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json()).containsEntry("code", "FORBIDDEN");
        assertThat(items(api.get(JOBS + "?name=" + tag, admin))).isEmpty();

        Map<String, Object> harmless = smoke("smoke by a scheduler");
        harmless.put("enabled", false);
        Reply allowed = api.post(JOBS, scheduler, harmless);
        assertThat(allowed.status()).as("a handler declaring no permission needs the job permission only: "
                + allowed.body()).isEqualTo(201);
        assertThat(api.post(JOBS + "/" + allowed.json().get("id") + "/run", scheduler, null).status())
                .as("running is a permission of its own").isEqualTo(403);
    }
}
