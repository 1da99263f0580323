package dev.bastion.application.scheduling;

import static dev.bastion.application.scheduling.JobsWorld.NOOP;
import static dev.bastion.application.scheduling.JobsWorld.PURGE;
import static dev.bastion.application.scheduling.JobsWorld.START;
import static dev.bastion.application.scheduling.JobsWorld.disabled;
import static dev.bastion.application.scheduling.JobsWorld.job;
import static dev.bastion.application.scheduling.JobsWorld.withParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateJobTest {

    private final JobsWorld w = new JobsWorld();

    private void assertRefusedOn(CreateJob.Command command, String field) {
        assertThatThrownBy(() -> w.service.create(w.admin, command))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_job_given_only_what_is_required_takes_the_defaults_and_is_planned_at_once() {
        JobView created = w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));

        assertThat(created.name()).isEqualTo("Heartbeat");
        assertThat(created.handler()).isEqualTo("noop");
        assertThat(created.cron()).isEqualTo("every 60s");
        assertThat(created.timezone()).isEqualTo("UTC");
        assertThat(created.parameters()).isEmpty();
        assertThat(created.enabled()).isTrue();
        assertThat(created.concurrency()).isEqualTo(ConcurrencyPolicy.FORBID);
        assertThat(created.misfire()).isEqualTo(MisfirePolicy.FIRE_ONCE);
        assertThat(created.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(created.description()).isNull();
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.nextFireAt()).isEqualTo(START.plusSeconds(60));
        assertThat(w.scheduler.plannedAt(created.id())).contains(START.plusSeconds(60));
        assertThat(w.scheduler.writesOutsideTransactions()).isEmpty();
        assertThat(w.service.get(w.admin, created.id())).isEqualTo(created);
    }

    @Test
    void every_field_given_is_kept() {
        JobView created = w.service.create(w.admin, new CreateJob.Command(" Purge ", "audit.purge-logs", "daily 03:00",
                "Europe/Berlin", Map.of("days", 7, "dryRun", true), true, ConcurrencyPolicy.ALLOW, MisfirePolicy.SKIP,
                "15m", "Keeps a week"));

        assertThat(created.name()).isEqualTo("Purge");
        assertThat(created.timezone()).isEqualTo("Europe/Berlin");
        assertThat(created.parameters()).containsOnly(entry("days", 7L), entry("dryRun", true));
        assertThat(created.concurrency()).isEqualTo(ConcurrencyPolicy.ALLOW);
        assertThat(created.misfire()).isEqualTo(MisfirePolicy.SKIP);
        assertThat(created.timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(created.description()).isEqualTo("Keeps a week");
    }

    @Test
    void the_first_firing_is_read_in_the_jobs_time_zone() {
        JobView created = w.service.create(w.admin, new CreateJob.Command("Nightly", "noop", "daily 03:00",
                "Europe/Berlin", null, null, null, null, null, null));
        Instant threeInBerlin = Instant.parse("2026-03-02T02:00:00Z");
        assertThat(w.scheduler.plannedAt(created.id())).contains(threeInBerlin);
        assertThat(created.nextFireAt()).isEqualTo(threeInBerlin);
    }

    @Test
    void defaults_of_parameters_stay_the_handlers_and_are_not_stored() {
        JobView created = w.service.create(w.admin, withParameters(job("Purge", PURGE, "every 60s"), Map.of()));
        assertThat(created.parameters()).isEmpty();
    }

    @Test
    void a_disabled_job_is_stored_but_not_planned() {
        JobView created = w.service.create(w.admin, disabled(job("Later", NOOP, "every 60s")));
        assertThat(created.enabled()).isFalse();
        assertThat(created.nextFireAt()).isNull();
        assertThat(w.scheduler.planned()).isEmpty();
        assertThat(w.jobs.findById(created.id())).isPresent();
    }

    @Test
    void a_cron_that_never_fires_again_is_accepted_and_nothing_planned() {
        JobView created = w.service.create(w.admin, job("Past", NOOP, "once 2020-01-01T00:00:00Z"));
        assertThat(created.nextFireAt()).isNull();
        assertThat(w.scheduler.planned()).isEmpty();
    }

    @Test
    void each_field_is_checked_in_turn_and_the_first_failing_one_is_named() {
        CreateJob.Command c = new CreateJob.Command(" ", "Not A Key", "nonsense", "Mars/Olympus", Map.of("days", 0),
                null, null, null, "0s", "d".repeat(501));
        assertRefusedOn(c, "name");
        c = with(c, "Purge", c.handler(), c.cron(), c.timezone(), c.parameters(), c.timeout());
        assertRefusedOn(c, "handler");
        c = with(c, c.name(), "not.registered", c.cron(), c.timezone(), c.parameters(), c.timeout());
        assertThat(refusal(w.admin, c)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("handler"))
                .hasMessageContaining("audit.purge-logs, noop, reports.mail");
        c = with(c, c.name(), "audit.purge-logs", c.cron(), c.timezone(), c.parameters(), c.timeout());
        assertThat(refusal(w.jobAdmin, c)).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(w.auditor, c)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("cron")).hasMessageContaining("the fake parser reads");
        c = with(c, c.name(), c.handler(), "every 60s", c.timezone(), c.parameters(), c.timeout());
        assertRefusedOn(c, "timezone");
        c = with(c, c.name(), c.handler(), c.cron(), "UTC", c.parameters(), c.timeout());
        assertRefusedOn(c, "parameters.days");
        c = with(c, c.name(), c.handler(), c.cron(), c.timezone(), Map.of("days", 1), c.timeout());
        assertRefusedOn(c, "timeout");
        c = with(c, c.name(), c.handler(), c.cron(), c.timezone(), c.parameters(), "1d");
        assertRefusedOn(c, "description");
        assertThat(w.jobs.find(JobQuery.any(), PageRequest.first(10)).items()).isEmpty();
        assertThat(w.scheduler.planned()).isEmpty();
    }

    @Test
    void a_parameter_the_handler_does_not_declare_is_named() {
        assertRefusedOn(withParameters(job("Purge", PURGE, "every 60s"), Map.of("dayz", 3)), "parameters.dayz");
        assertRefusedOn(withParameters(job("Noop", NOOP, "every 60s"), Map.of("days", 3)), "parameters.days");
    }

    @Test
    void a_timeout_of_zero_or_over_a_day_is_refused() {
        CreateJob.Command c = job("Slow", NOOP, "every 60s");
        for (String timeout : new String[] {"0s", "PT0S", "PT-1S", "25h", "P2D", "forever"}) {
            assertRefusedOn(with(c, c.name(), c.handler(), c.cron(), null, null, timeout), "timeout");
        }
        assertThat(w.service.create(w.admin, with(c, c.name(), c.handler(), c.cron(), null, null, "P1D")).timeout())
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void a_name_already_taken_is_a_conflict_on_name() {
        JobView first = w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
        assertThat(refusal(w.admin, job(" Heartbeat ", NOOP, "every 30s")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("name"));
        assertThat(w.jobs.find(JobQuery.any(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(w.scheduler.planned()).containsExactly(first.id());
    }

    private Throwable refusal(UserId actor, CreateJob.Command c) {
        return catchThrowable(() -> w.service.create(actor, c));
    }

    private static CreateJob.Command with(CreateJob.Command c, String name, String handler, String cron,
                                          String timezone, Map<String, Object> parameters, String timeout) {
        return new CreateJob.Command(name, handler, cron, timezone, parameters, c.enabled(), c.concurrency(),
                c.misfire(), timeout, c.description());
    }
}
