package dev.bastion.application.scheduling;

import static dev.bastion.application.scheduling.JobsWorld.NOOP;
import static dev.bastion.application.scheduling.JobsWorld.PURGE;
import static dev.bastion.application.scheduling.JobsWorld.START;
import static dev.bastion.application.scheduling.JobsWorld.disabled;
import static dev.bastion.application.scheduling.JobsWorld.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.JobTimezone;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listing, reading, previews, the handlers, and planning at start. */
class JobReadingTest {

    private final JobsWorld w = new JobsWorld();

    @Test
    void a_job_read_later_shows_its_next_firing_after_then_a_disabled_one_none() {
        JobView job = w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
        w.clock.advanceBy(Duration.ofSeconds(61));
        assertThat(w.service.get(w.admin, job.id()).nextFireAt()).isEqualTo(START.plusSeconds(120));
        JobView off = w.service.create(w.admin, disabled(job("Off", NOOP, "every 60s")));
        assertThat(w.service.get(w.admin, off.id()).nextFireAt()).isNull();
        assertThatThrownBy(() -> w.service.get(w.admin, JobId.newId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_list_filters_by_name_handler_and_status_ordered_by_name() {
        w.service.create(w.admin, job("Nightly purge", PURGE, "every 60s"));
        w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
        w.service.create(w.admin, disabled(job("Hourly purge", PURGE, "every 60s")));

        assertThat(w.service.list(w.admin, JobQuery.any(), PageRequest.first(10)).items()).extracting(JobView::name)
                .containsExactly("Heartbeat", "Hourly purge", "Nightly purge");
        assertThat(w.service.list(w.admin, new JobQuery("PURGE", null, null), PageRequest.first(10)).items())
                .extracting(JobView::name).containsExactly("Hourly purge", "Nightly purge");
        assertThat(w.service.list(w.admin, new JobQuery(null, "noop", null), PageRequest.first(10)).items())
                .extracting(JobView::name).containsExactly("Heartbeat");
        assertThat(w.service.list(w.admin, new JobQuery(null, null, false), PageRequest.first(10)).items())
                .extracting(JobView::name, JobView::nextFireAt).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hourly purge", null));
        assertThat(w.service.list(w.admin, JobQuery.any(), new PageRequest(2, 2)).items()).extracting(JobView::name)
                .containsExactly("Nightly purge");
    }

    @Test
    void the_next_fire_times_are_previewed_enabled_or_not() {
        JobView job = w.service.create(w.admin, disabled(job("Heartbeat", NOOP, "every 60s")));
        assertThat(w.service.nextFireTimes(w.admin, job.id(), 3)).containsExactly(START.plusSeconds(60),
                START.plusSeconds(120), START.plusSeconds(180));
        assertThat(w.service.nextFireTimes(w.admin, job.id(), PreviewFireTimes.MAX_COUNT)).hasSize(50);
    }

    @Test
    void a_preview_count_outside_1_to_50_is_refused_and_an_unknown_job_not_found() {
        JobView job = w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
        for (int count : new int[] {0, -1, 51}) {
            assertThatThrownBy(() -> w.service.nextFireTimes(w.admin, job.id(), count))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("count"));
        }
        assertThatThrownBy(() -> w.service.nextFireTimes(w.admin, JobId.newId(), 3))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_handlers_are_listed_by_key_with_their_parameters_and_permissions() {
        assertThat(w.service.handlers()).extracting(JobHandlerView::key)
                .containsExactly("audit.purge-logs", "noop", "reports.mail");
        JobHandlerView purge = w.service.handlers().get(0);
        assertThat(purge.parameters()).extracting(p -> p.name()).containsExactly("days", "dryRun");
        assertThat(purge.requiredPermissions()).containsExactly("monitor:operation-log:delete");
        assertThat(purge.description()).isEqualTo("The audit.purge-logs handler");
        assertThat(w.service.handlers().get(2).requiredPermissions())
                .containsExactly("system:notice:create", "system:user:export");
    }

    @Test
    void planning_at_start_plans_every_enabled_job_that_has_no_plan() {
        Job seeded = seeded("Seeded", "every 60s", true);
        Job seededOff = seeded("Seeded off", "every 60s", false);
        Job past = seeded("Past", "once 2020-01-01T00:00:00Z", true);
        JobView planned = w.service.create(w.admin, job("Planned", NOOP, "every 30s"));
        w.scheduler.plan(planned.id(), START.plusSeconds(999));

        assertThat(w.service.planUnplanned()).isEqualTo(1);

        assertThat(w.scheduler.plannedAt(seeded.id())).contains(START.plusSeconds(60));
        assertThat(w.scheduler.plannedAt(planned.id())).as("a plan is left alone").contains(START.plusSeconds(999));
        assertThat(w.scheduler.plannedAt(seededOff.id())).isEmpty();
        assertThat(w.scheduler.plannedAt(past.id())).isEmpty();
        assertThat(w.service.planUnplanned()).isZero();
    }

    /** A job stored as a migration would, with no plan. */
    private Job seeded(String name, String cron, boolean enabled) {
        Job job = Job.create(JobId.newId(), new JobDefinition(new JobName(name), new HandlerKey("noop"),
                new CronExpression(cron), JobTimezone.DEFAULT, Map.of(), ConcurrencyPolicy.FORBID,
                MisfirePolicy.FIRE_ONCE, JobTimeout.DEFAULT, null), enabled, START);
        w.jobs.add(job);
        return job;
    }
}
