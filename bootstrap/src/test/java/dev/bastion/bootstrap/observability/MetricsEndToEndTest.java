package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.bootstrap.testing.Api.Reply;
import dev.bastion.bootstrap.testing.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes from {@code /prometheus} (from loopback, which is allowed): sign-ins by
 * outcome, the sampled gauges, and per-route HTTP histograms tagged by route template.
 */
@MicronautTest(transactional = false)
class MetricsEndToEndTest extends ApiTest {

    @Inject
    OperationalGauges gauges;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // the test samples by hand; the scheduled sample must not move the figures between two reads
        properties.put("bastion.metrics.sample-interval", "1h");
        return properties;
    }

    private String scrape() {
        HttpResponse<String> metrics = api().http().get("/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    private String scrapeUntil(java.util.function.Predicate<String> done) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String scrape = scrape();
        while (!done.test(scrape) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            scrape = scrape();
        }
        return scrape;
    }

    /** The value of the series {@code name} whose labels include {@code labels} (e.g. {@code outcome="success"}). */
    private static OptionalDouble value(String scrape, String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String found = matcher.group(1) == null ? "" : matcher.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return OptionalDouble.of(Double.parseDouble(matcher.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    private static double signIns(String scrape, String outcome) {
        return value(scrape, "bastion_signin_total", "outcome=\"" + outcome + "\"").orElseThrow();
    }

    @Test
    void signInsAreCountedByOutcome() {
        String before = scrape();

        api().login("admin", ADMIN_PASSWORD);
        Reply wrong = api().post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "not-the-password"));
        Reply unknown = api().post("/api/v1/auth/login", null, Map.of("username", "nobody-here", "password", "whatever-1"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);

        String after = scrape();
        assertThat(signIns(after, "success") - signIns(before, "success")).isEqualTo(1);
        assertThat(signIns(after, "wrong_password") - signIns(before, "wrong_password")).isEqualTo(1);
        assertThat(signIns(after, "unknown_user") - signIns(before, "unknown_user")).isEqualTo(1);
        assertThat(signIns(after, "locked") - signIns(before, "locked")).isZero();
        assertThat(after).contains("# TYPE bastion_signin_total counter");
    }

    @Test
    void theSessionsGaugeMovesAfterASample() {
        gauges.sample();
        double before = value(scrape(), "bastion_sessions_active").orElseThrow();

        api().login("admin", ADMIN_PASSWORD);
        api().login("admin", ADMIN_PASSWORD);
        assertThat(value(scrape(), "bastion_sessions_active").orElseThrow()).as("no sample yet").isEqualTo(before);
        gauges.sample();

        String after = scrape();
        assertThat(value(after, "bastion_sessions_active").orElseThrow()).isEqualTo(before + 2);
        assertThat(value(after, "bastion_accounts_locked").orElseThrow()).isZero();
        assertThat(value(after, "bastion_outbox_backlog")).isPresent();
        assertThat(value(after, "bastion_outbox_lag_seconds").orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void httpTimersAreTaggedByRouteTemplateWithHistogramBuckets() {
        String token = signInAdmin();
        String adminId = (String) api().get("/api/v1/auth/me", token).json().get("id");
        assertThat(api().get("/api/v1/users/" + adminId, token).status()).isEqualTo(200);
        String stranger = UUID.randomUUID().toString();
        assertThat(api().get("/no/such/place/" + stranger, null).status()).isEqualTo(404);

        // a timer is recorded when the answer's body is done, which may be just after the client has it
        String scrape = scrapeUntil(text -> text.contains("uri=\"/api/v1/users/{id}\"") && text.contains("uri=\"NOT_FOUND\""));

        assertThat(value(scrape, "http_server_requests_seconds_bucket",
                "uri=\"/api/v1/users/{id}\"", "method=\"GET\"", "status=\"200\"", "le=\"0.1\"")).isPresent();
        assertThat(value(scrape, "http_server_requests_seconds_bucket",
                "uri=\"/api/v1/users/{id}\"", "le=\"+Inf\"").orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "http_server_requests_seconds_count", "uri=\"NOT_FOUND\"", "status=\"404\""))
                .isPresent();
        assertThat(scrape).doesNotContain(adminId).doesNotContain(stranger).doesNotContain("/no/such/place");
    }
}
