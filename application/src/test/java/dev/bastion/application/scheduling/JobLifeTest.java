package dev.bastion.application.scheduling;

import static dev.bastion.application.scheduling.JobsWorld.NOOP;
import static dev.bastion.application.scheduling.JobsWorld.START;
import static dev.bastion.application.scheduling.JobsWorld.disabled;
import static dev.bastion.application.scheduling.JobsWorld.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deleting, enabling and disabling, and running on demand. */
class JobLifeTest {

    private final JobsWorld w = new JobsWorld();

    private JobView heartbeat() {
        return w.service.create(w.admin, job("Heartbeat", NOOP, "every 60s"));
    }

    private JobExecution ran(JobId job, String instance) {
        JobExecution run = JobExecution.start(JobExecutionId.newId(), job, ExecutionTrigger.SCHEDULE, START, instance,
                START);
        w.executions.start(run, true);
        return run;
    }

    @Test
    void deleting_a_job_drops_its_plan_and_its_history() {
        JobView job = heartbeat();
        JobExecution run = ran(job.id(), "node-1");
        run.succeed(START.plusSeconds(1), "ok");
        w.executions.finish(run);

        w.service.delete(w.admin, job.id());

        assertThatThrownBy(() -> w.service.get(w.admin, job.id())).isInstanceOf(NotFoundException.class);
        assertThat(w.scheduler.planned()).isEmpty();
        assertThat(w.executions.findById(run.id())).isEmpty();
        assertThat(w.scheduler.writesOutsideTransactions()).isEmpty();
        assertThatThrownBy(() -> w.service.delete(w.admin, job.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_job_with_a_running_execution_cannot_be_deleted() {
        JobView job = heartbeat();
        JobExecution run = ran(job.id(), "node-7");

        assertThatThrownBy(() -> w.service.delete(w.admin, job.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEmpty())
                .hasMessageContaining(run.id().toString()).hasMessageContaining("node-7");
        assertThat(w.service.get(w.admin, job.id())).isEqualTo(job);
        assertThat(w.scheduler.planned()).containsExactly(job.id());

        run.fail(START.plusSeconds(2), "stopped");
        w.executions.finish(run);
        w.service.delete(w.admin, job.id());
        assertThat(w.jobs.findById(job.id())).isEmpty();
    }

    @Test
    void disabling_drops_the_plan_and_enabling_plans_from_now() {
        JobView job = heartbeat();
        JobView off = w.service.changeStatus(w.admin, job.id(), false);
        assertThat(off.enabled()).isFalse();
        assertThat(off.nextFireAt()).isNull();
        assertThat(off.version()).isEqualTo(job.version() + 1);
        assertThat(w.scheduler.planned()).isEmpty();

        w.clock.advanceBy(Duration.ofSeconds(150));
        JobView on = w.service.changeStatus(w.admin, job.id(), true);
        assertThat(on.enabled()).isTrue();
        assertThat(on.nextFireAt()).isEqualTo(START.plusSeconds(180));
        assertThat(w.scheduler.plannedAt(job.id())).contains(START.plusSeconds(180));
        assertThat(w.scheduler.writesOutsideTransactions()).isEmpty();
    }

    @Test
    void a_status_already_held_changes_nothing() {
        JobView job = heartbeat();
        w.clock.advanceBy(Duration.ofSeconds(150));
        JobView same = w.service.changeStatus(w.admin, job.id(), true);
        assertThat(same.version()).isEqualTo(job.version());
        assertThat(same.updatedAt()).isEqualTo(job.updatedAt());
        assertThat(w.scheduler.plannedAt(job.id())).contains(START.plusSeconds(60));
        JobView off = w.service.changeStatus(w.admin, job.id(), false);
        assertThat(w.service.changeStatus(w.admin, job.id(), false).version()).isEqualTo(off.version());
        assertThatThrownBy(() -> w.service.changeStatus(w.admin, JobId.newId(), true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void running_now_orders_a_manual_run_in_the_transaction_and_wakes_the_scheduler_after_it() {
        JobView job = heartbeat();
        JobExecutionId execution = w.service.runNow(w.admin, job.id());

        assertThat(w.scheduler.orders()).containsExactly(new RunOrder(execution, job.id(), ExecutionTrigger.MANUAL,
                START));
        assertThat(w.scheduler.writesOutsideTransactions()).isEmpty();
        assertThat(w.scheduler.wakes()).isEqualTo(1);
        assertThat(w.scheduler.wakesInsideTransactions()).isZero();
        assertThat(w.service.runNow(w.admin, job.id())).isNotEqualTo(execution);
        assertThat(w.scheduler.orders()).hasSize(2);
    }

    @Test
    void a_disabled_or_unknown_job_cannot_be_run() {
        JobView job = w.service.create(w.admin, disabled(job("Later", NOOP, "every 60s")));
        assertThatThrownBy(() -> w.service.runNow(w.admin, job.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("disabled");
        assertThatThrownBy(() -> w.service.runNow(w.admin, JobId.newId())).isInstanceOf(NotFoundException.class);
        assertThat(w.scheduler.orders()).isEmpty();
        assertThat(w.scheduler.wakes()).isZero();
    }

    @Test
    void the_history_of_a_job_is_listed_newest_first() {
        JobView job = heartbeat();
        JobExecution first = ran(job.id(), "node-1");
        JobExecution skipped = JobExecution.skipped(JobExecutionId.ofFiring(job.id(), START.plusSeconds(60)),
                job.id(), ExecutionTrigger.SCHEDULE, START.plusSeconds(60), "node-2", START.plusSeconds(60), "busy");
        w.executions.recordSkipped(skipped);
        ran(heartbeatOther(), "node-3");

        assertThat(w.service.executions(w.admin, job.id(), PageRequest.first(10)).items())
                .extracting(JobExecutionView::id).containsExactly(skipped.id(), first.id());
        assertThat(w.service.executions(w.admin, job.id(), PageRequest.first(1)).total()).isEqualTo(2);
        assertThatThrownBy(() -> w.service.executions(w.admin, JobId.newId(), PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
    }

    private JobId heartbeatOther() {
        return w.service.create(w.admin, job("Other", NOOP, "every 60s")).id();
    }
}
