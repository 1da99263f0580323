package dev.bastion.application.scheduling;

import dev.bastion.application.testing.InMemoryJobExecutionRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FakeJobContext;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeJobExecutionsServiceTest {

    private static final Duration RETENTION = Duration.ofDays(30);

    private final FixedClock clock = FixedClock.at("2026-01-01T00:00:00Z");
    private final InMemoryJobExecutionRepository executions = new InMemoryJobExecutionRepository();
    private final JobId job = JobId.newId();
    private final PurgeJobExecutionsService purge = new PurgeJobExecutionsService(executions, clock, RETENTION);

    @Test
    void ended_executions_older_than_the_retention_go_and_running_ones_stay_however_old() {
        Instant start = clock.now();
        JobExecution old = ended(start);
        JobExecution skippedOld = JobExecution.skipped(JobExecutionId.newId(), job, ExecutionTrigger.SCHEDULE, start,
                "a", start, "missed");
        executions.recordSkipped(skippedOld);
        JobExecution stillRunning = JobExecution.start(JobExecutionId.newId(), job, ExecutionTrigger.MANUAL, start,
                "a", start);
        executions.start(stillRunning, false);
        clock.advanceBy(Duration.ofDays(20));
        JobExecution recent = ended(clock.now());
        clock.advanceBy(Duration.ofDays(11));

        assertThat(purge.purge()).isEqualTo(2);

        assertThat(executions.all()).extracting(JobExecution::id).containsExactly(stillRunning.id(), recent.id());
        assertThat(executions.findById(old.id())).isEmpty();
    }

    @Test
    void the_retention_must_be_positive() {
        assertThatThrownBy(() -> new PurgeJobExecutionsService(executions, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void its_handler_names_the_count_and_the_retention_and_asks_for_the_job_delete_permission() {
        PurgeExecutionsJob handler = new PurgeExecutionsJob(purge, RETENTION);
        ended(clock.now());
        clock.advanceBy(RETENTION.plusSeconds(1));

        assertThat(handler.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("deleted 1 job execution that ended more than 30d ago");
        assertThat(handler.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("deleted 0 job executions that ended more than 30d ago");
        assertThat(handler.key().value()).isEqualTo("jobs.purge-executions");
        assertThat(handler.parameters()).isEqualTo(ParameterSchema.NONE);
        assertThat(handler.requiredPermissions()).containsExactly("monitor:job:delete");
    }

    private JobExecution ended(Instant at) {
        JobExecution execution = JobExecution.start(JobExecutionId.newId(), job, ExecutionTrigger.SCHEDULE, at, "a",
                at);
        executions.start(execution, false);
        execution.succeed(at, "done");
        executions.finish(execution);
        assertThat(executions.findById(execution.id()).orElseThrow().outcome())
                .isEqualTo(ExecutionOutcome.SUCCEEDED);
        return execution;
    }
}
