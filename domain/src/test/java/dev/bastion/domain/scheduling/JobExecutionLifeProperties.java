package dev.bastion.domain.scheduling;

import static dev.bastion.domain.scheduling.JobFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * The state machine over any sequence of endings, from a run or a skipped firing: only a RUNNING
 * execution ends, the first ending is the one kept, and every later one is a CONFLICT that
 * changes nothing.
 */
class JobExecutionLifeProperties {

    enum Ending { SUCCEED, FAIL, TIME_OUT }

    @Property
    void a_run_ends_once_with_its_first_ending(@ForAll @Size(min = 1, max = 6) List<Ending> endings) {
        JobExecution run = JobExecution.start(JobExecutionId.newId(), JobId.newId(), ExecutionTrigger.MANUAL, NOW,
                "n", NOW);
        for (int i = 0; i < endings.size(); i++) {
            Ending ending = endings.get(i);
            Instant at = NOW.plusSeconds(i + 1);
            Throwable refusal = catchThrowable(() -> end(run, ending, at));
            if (i == 0) {
                assertThat(refusal).isNull();
            } else {
                assertThat(refusal).isInstanceOf(ConflictException.class);
            }
            assertThat(run.outcome()).isEqualTo(outcomeOf(endings.get(0)));
            assertThat(run.finishedAt()).isEqualTo(NOW.plusSeconds(1));
        }
    }

    @Property
    void a_skipped_firing_never_ends_again(@ForAll Ending ending) {
        JobExecution skipped = JobExecution.skipped(JobExecutionId.newId(), JobId.newId(), ExecutionTrigger.SCHEDULE,
                NOW, "n", NOW, "busy");
        assertThat(catchThrowable(() -> end(skipped, ending, NOW.plusSeconds(1))))
                .isInstanceOf(ConflictException.class);
        assertThat(skipped.outcome()).isEqualTo(ExecutionOutcome.SKIPPED);
        assertThat(skipped.startedAt()).isNull();
        assertThat(skipped.finishedAt()).isEqualTo(NOW);
        assertThat(skipped.message()).isEqualTo("busy");
    }

    private static void end(JobExecution execution, Ending ending, Instant at) {
        switch (ending) {
            case SUCCEED -> execution.succeed(at, "done");
            case FAIL -> execution.fail(at, "broke");
            case TIME_OUT -> execution.timeOut(at, JobTimeout.DEFAULT);
        }
    }

    private static ExecutionOutcome outcomeOf(Ending ending) {
        return switch (ending) {
            case SUCCEED -> ExecutionOutcome.SUCCEEDED;
            case FAIL -> ExecutionOutcome.FAILED;
            case TIME_OUT -> ExecutionOutcome.TIMED_OUT;
        };
    }
}
