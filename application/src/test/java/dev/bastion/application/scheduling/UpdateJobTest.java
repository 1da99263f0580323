package dev.bastion.application.scheduling;

import static dev.bastion.application.scheduling.JobsWorld.NOOP;
import static dev.bastion.application.scheduling.JobsWorld.PURGE;
import static dev.bastion.application.scheduling.JobsWorld.START;
import static dev.bastion.application.scheduling.JobsWorld.disabled;
import static dev.bastion.application.scheduling.JobsWorld.job;
import static dev.bastion.application.scheduling.JobsWorld.patch;
import static dev.bastion.application.scheduling.JobsWorld.withParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.bastion.application.shared.FieldPatch;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateJobTest {

    private final JobsWorld w = new JobsWorld();

    private JobView purge() {
        return w.service.create(w.admin, new CreateJob.Command("Purge", "audit.purge-logs", "every 60s",
                "Europe/Berlin", Map.of("days", 7), null, null, null, "10m", "Keeps a week"));
    }

    private void assertRefusedOn(UpdateJob.Command command, String field) {
        assertThatThrownBy(() -> w.service.update(w.admin, command))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void the_fields_given_change_the_others_are_kept() {
        JobView job = purge();
        w.clock.advanceBy(Duration.ofSeconds(5));
        JobView updated = w.service.update(w.admin, patch(job).name("Weekly purge").timeout("20m")
                .policies(ConcurrencyPolicy.ALLOW, MisfirePolicy.SKIP).command());

        assertThat(updated.name()).isEqualTo("Weekly purge");
        assertThat(updated.timeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(updated.concurrency()).isEqualTo(ConcurrencyPolicy.ALLOW);
        assertThat(updated.misfire()).isEqualTo(MisfirePolicy.SKIP);
        assertThat(updated.handler()).isEqualTo(job.handler());
        assertThat(updated.cron()).isEqualTo(job.cron());
        assertThat(updated.timezone()).isEqualTo("Europe/Berlin");
        assertThat(updated.parameters()).isEqualTo(job.parameters());
        assertThat(updated.description()).isEqualTo("Keeps a week");
        assertThat(updated.version()).isEqualTo(job.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(START.plusSeconds(5));
        assertThat(w.service.get(w.admin, job.id())).isEqualTo(updated);
    }

    @Test
    void a_null_clears_the_description_makes_the_zone_utc_and_the_parameters_none() {
        JobView job = purge();
        JobView updated = w.service.update(w.admin, patch(job).description(null).timezone(null).parameters(null)
                .command());
        assertThat(updated.description()).isNull();
        assertThat(updated.timezone()).isEqualTo("UTC");
        assertThat(updated.parameters()).isEmpty();
    }

    @Test
    void an_edit_of_a_job_read_at_an_older_version_is_a_version_conflict() {
        JobView job = purge();
        w.service.update(w.admin, patch(job).description("first").command());
        assertThatThrownBy(() -> w.service.update(w.admin, patch(job).description("second").command()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(w.service.get(w.admin, job.id()).description()).isEqualTo("first");
    }

    @Test
    void an_unknown_job_is_not_found() {
        UpdateJob.Command ghost = new UpdateJob.Command(JobId.newId(), 0, FieldPatch.of("Ghost"), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent());
        assertThatThrownBy(() -> w.service.update(w.admin, ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_edit_that_changes_nothing_stores_nothing() {
        JobView job = purge();
        JobView same = w.service.update(w.admin, patch(job).name("Purge").cron("every 60s").command());
        assertThat(same.version()).isEqualTo(job.version());
        assertThat(same.updatedAt()).isEqualTo(job.updatedAt());
    }

    @Test
    void kept_parameters_are_checked_against_a_new_handler() {
        JobView job = purge();
        assertRefusedOn(patch(job).handler("noop").command(), "parameters.days");
        JobView noop = w.service.update(w.admin, patch(job).handler("noop").parameters(null).command());
        assertThat(noop.handler()).isEqualTo("noop");
        assertThat(noop.parameters()).isEmpty();
    }

    @Test
    void given_parameters_are_checked_against_the_kept_handler() {
        JobView job = purge();
        assertRefusedOn(patch(job).parameters(Map.of("days", 0)).command(), "parameters.days");
        assertRefusedOn(patch(job).parameters(Map.of("weeks", 1)).command(), "parameters.weeks");
        assertThat(w.service.update(w.admin, patch(job).parameters(Map.of("days", 14, "dryRun", false)).command())
                .parameters()).containsOnly(entry("days", 14L), entry("dryRun", false));
    }

    @Test
    void given_fields_are_checked_as_on_creation() {
        JobView job = purge();
        assertRefusedOn(patch(job).name(" ").command(), "name");
        assertRefusedOn(patch(job).handler("Bad Key").command(), "handler");
        assertRefusedOn(patch(job).handler("not.registered").command(), "handler");
        assertRefusedOn(patch(job).cron("nonsense").command(), "cron");
        assertRefusedOn(patch(job).timezone("Mars/Olympus").command(), "timezone");
        assertRefusedOn(patch(job).timeout("25h").command(), "timeout");
        assertRefusedOn(patch(job).timeout("0s").command(), "timeout");
        assertRefusedOn(patch(job).description("d".repeat(501)).command(), "description");
        assertThat(w.service.get(w.admin, job.id())).isEqualTo(job);
    }

    @Test
    void a_name_taken_by_another_job_is_a_conflict_on_name() {
        JobView job = purge();
        w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
        assertThatThrownBy(() -> w.service.update(w.admin, patch(job).name("Heartbeat").command()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("name"));
        assertThat(w.service.get(w.admin, job.id()).name()).isEqualTo("Purge");
    }

    @Test
    void a_new_cron_or_zone_plans_the_next_firing_again_from_now() {
        JobView job = purge();
        assertThat(w.scheduler.plannedAt(job.id())).contains(START.plusSeconds(60));
        w.clock.advanceBy(Duration.ofSeconds(90));
        job = w.service.update(w.admin, patch(job).description("only words").command());
        assertThat(w.scheduler.plannedAt(job.id())).as("unchanged timing keeps the plan")
                .contains(START.plusSeconds(60));
        job = w.service.update(w.admin, patch(job).cron("every 25s").command());
        assertThat(w.scheduler.plannedAt(job.id())).contains(START.plusSeconds(100));
        assertThat(job.nextFireAt()).isEqualTo(START.plusSeconds(100));
        job = w.service.update(w.admin, patch(job).cron("daily 03:00").command());
        assertThat(w.scheduler.plannedAt(job.id())).contains(Instant.parse("2026-03-02T02:00:00Z"));
        w.service.update(w.admin, patch(job).timezone("America/New_York").command());
        assertThat(w.scheduler.plannedAt(job.id())).contains(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(w.scheduler.writesOutsideTransactions()).isEmpty();
    }

    @Test
    void a_new_cron_that_never_fires_again_drops_the_plan() {
        JobView job = purge();
        JobView updated = w.service.update(w.admin, patch(job).cron("once 2020-01-01T00:00:00Z").command());
        assertThat(w.scheduler.planned()).isEmpty();
        assertThat(updated.nextFireAt()).isNull();
    }

    @Test
    void a_disabled_job_is_not_planned_by_an_edit() {
        JobView job = w.service.create(w.admin, disabled(withParameters(job("Purge", PURGE, "every 60s"), null)));
        w.service.update(w.admin, patch(job).cron("every 30s").command());
        assertThat(w.scheduler.planned()).isEmpty();
    }
}
