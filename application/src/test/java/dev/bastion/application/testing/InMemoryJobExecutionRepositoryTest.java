package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository.Start;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake decides starts and finishes as the port promises, since use-case tests lean on it. */
class InMemoryJobExecutionRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final JobId JOB = JobId.newId();
    private final InMemoryJobExecutionRepository executions = new InMemoryJobExecutionRepository();

    private static JobExecution running(JobExecutionId id) {
        return JobExecution.start(id, JOB, ExecutionTrigger.SCHEDULE, NOW, "n", NOW);
    }

    @Test
    void an_id_is_stored_once_and_an_exclusive_start_waits_for_the_running_one() {
        JobExecution first = running(JobExecutionId.ofFiring(JOB, NOW));
        assertThat(executions.start(first, true)).isEqualTo(Start.STARTED);
        assertThat(executions.start(running(first.id()), false)).isEqualTo(Start.ALREADY_RECORDED);
        assertThat(executions.start(running(JobExecutionId.newId()), true)).isEqualTo(Start.BLOCKED);
        assertThat(executions.start(running(JobExecutionId.newId()), false)).isEqualTo(Start.STARTED);
        assertThat(executions.running(JOB)).hasSize(2);
    }

    @Test
    void the_first_finish_wins_and_the_stored_copy_is_not_the_callers() {
        JobExecution run = running(JobExecutionId.newId());
        executions.start(run, false);
        run.succeed(NOW.plusSeconds(1), "done");
        assertThat(executions.finish(run)).isTrue();
        JobExecution late = running(run.id());
        late.fail(NOW.plusSeconds(2), "late");
        assertThat(executions.finish(late)).isFalse();
        assertThat(executions.findById(run.id()).orElseThrow().outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        assertThat(executions.findById(run.id()).orElseThrow()).isNotSameAs(run);
    }

    @Test
    void ended_executions_older_than_the_cutoff_are_purged() {
        JobExecution old = running(JobExecutionId.newId());
        executions.start(old, false);
        old.succeed(NOW.plusSeconds(1), null);
        executions.finish(old);
        JobExecution stillRunning = running(JobExecutionId.newId());
        executions.start(stillRunning, false);
        executions.recordSkipped(JobExecution.skipped(JobExecutionId.newId(), JOB, ExecutionTrigger.SCHEDULE, NOW,
                "n", NOW.plusSeconds(10), "busy"));
        assertThat(executions.deleteEndedBefore(NOW.plusSeconds(5))).isEqualTo(1);
        assertThat(executions.findById(old.id())).isEmpty();
        assertThat(executions.findById(stillRunning.id())).isPresent();
    }
}
