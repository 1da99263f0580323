package dev.bastion.domain.scheduling;

import static dev.bastion.domain.scheduling.JobFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobExecutionTest {

    private static final JobId JOB = JobId.newId();
    private static final Instant DUE = NOW.minusSeconds(5);
    private static final Instant LATER = NOW.plusSeconds(30);

    private static JobExecution running() {
        return JobExecution.start(JobExecutionId.newId(), JOB, ExecutionTrigger.SCHEDULE, DUE, "node-1", NOW);
    }

    @Test
    void a_started_run_is_running_since_now_on_its_instance() {
        JobExecution run = running();
        assertThat(run.outcome()).isEqualTo(ExecutionOutcome.RUNNING);
        assertThat(run.outcome().isFinal()).isFalse();
        assertThat(run.scheduledAt()).isEqualTo(DUE);
        assertThat(run.startedAt()).isEqualTo(NOW);
        assertThat(run.finishedAt()).isNull();
        assertThat(run.message()).isNull();
        assertThat(run.instance()).isEqualTo("node-1");
        assertThat(run.jobId()).isEqualTo(JOB);
        assertThat(run.trigger()).isEqualTo(ExecutionTrigger.SCHEDULE);
    }

    @Test
    void a_run_ends_once_with_its_outcome_and_message() {
        JobExecution run = running();
        run.succeed(LATER, "purged 12 rows");
        assertThat(run.outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        assertThat(run.outcome().isFinal()).isTrue();
        assertThat(run.finishedAt()).isEqualTo(LATER);
        assertThat(run.message()).isEqualTo("purged 12 rows");
        assertThatThrownBy(() -> run.fail(LATER.plusSeconds(1), "late")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("SUCCEEDED").hasMessageContaining("FAILED");
        assertThat(run.outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        assertThat(run.message()).isEqualTo("purged 12 rows");
        assertThat(run.finishedAt()).isEqualTo(LATER);
    }

    @Test
    void a_failure_keeps_its_reason_and_a_timeout_says_how_long_it_was() {
        JobExecution failed = running();
        failed.fail(LATER, "connection refused");
        assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.FAILED);
        assertThat(failed.message()).isEqualTo("connection refused");
        JobExecution timedOut = running();
        timedOut.timeOut(LATER, new JobTimeout(Duration.ofSeconds(30)));
        assertThat(timedOut.outcome()).isEqualTo(ExecutionOutcome.TIMED_OUT);
        assertThat(timedOut.message()).isEqualTo("cancelled after its timeout of 30s");
    }

    @Test
    void a_run_never_finishes_before_it_started() {
        JobExecution run = running();
        run.fail(NOW.minusSeconds(10), null);
        assertThat(run.finishedAt()).isEqualTo(NOW);
        assertThat(run.message()).isNull();
    }

    @Test
    void a_skipped_firing_never_started_and_ended_at_once() {
        JobExecution skipped = JobExecution.skipped(JobExecutionId.newId(), JOB, ExecutionTrigger.SCHEDULE, DUE,
                "node-2", NOW, "another run of this job is running");
        assertThat(skipped.outcome()).isEqualTo(ExecutionOutcome.SKIPPED);
        assertThat(skipped.startedAt()).isNull();
        assertThat(skipped.finishedAt()).isEqualTo(NOW);
        assertThat(skipped.message()).isEqualTo("another run of this job is running");
        assertThatThrownBy(() -> skipped.succeed(LATER, "x")).isInstanceOf(ConflictException.class);
    }

    @Test
    void reconstituting_refuses_states_that_cannot_be() {
        JobExecutionId id = JobExecutionId.newId();
        assertThatThrownBy(() -> JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, LATER,
                ExecutionOutcome.RUNNING, null, "n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, null,
                ExecutionOutcome.FAILED, null, "n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, null, LATER,
                ExecutionOutcome.SUCCEEDED, null, "n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, LATER,
                ExecutionOutcome.SKIPPED, null, "n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, null,
                ExecutionOutcome.RUNNING, null, null)).isInstanceOf(NullPointerException.class);
        JobExecution ended = JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, LATER,
                ExecutionOutcome.FAILED, "stored", "n");
        assertThat(ended.message()).isEqualTo("stored");
        assertThat(ended).isEqualTo(JobExecution.reconstitute(id, JOB, ExecutionTrigger.MANUAL, DUE, NOW, null,
                ExecutionOutcome.RUNNING, null, "n")).hasToString("JobExecution[" + id + ", job " + JOB + ", FAILED]");
    }

    @Test
    void control_characters_and_lone_surrogates_in_a_message_are_blanked() {
        JobExecution run = running();
        run.fail(LATER, "line one\nline two\ttab\u0000nul \ud800 end 😀");
        assertThat(run.message()).isEqualTo("line one line two tab nul   end 😀");
    }

    @Test
    void a_long_message_is_cut_to_its_length_in_characters_and_marked() {
        JobExecution run = running();
        run.fail(LATER, "x".repeat(JobExecution.MAX_MESSAGE_LENGTH + 10));
        assertThat(run.message()).hasSize(JobExecution.MAX_MESSAGE_LENGTH).endsWith("x…");
        JobExecution exact = running();
        exact.succeed(LATER, "y".repeat(JobExecution.MAX_MESSAGE_LENGTH));
        assertThat(exact.message()).isEqualTo("y".repeat(JobExecution.MAX_MESSAGE_LENGTH));
    }

    @Test
    void a_cut_never_splits_a_surrogate_pair() {
        JobExecution run = running();
        run.succeed(LATER, "😀".repeat(JobExecution.MAX_MESSAGE_LENGTH + 1));
        String message = run.message();
        assertThat(message.codePointCount(0, message.length())).isEqualTo(JobExecution.MAX_MESSAGE_LENGTH);
        assertThat(message).isEqualTo("😀".repeat(JobExecution.MAX_MESSAGE_LENGTH - 1) + "…");
        assertThat(message.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    @Test
    void the_instance_name_is_cleaned_and_cut_too() {
        JobExecution run = JobExecution.start(JobExecutionId.newId(), JOB, ExecutionTrigger.MANUAL, NOW,
                "host\n" + "h".repeat(300), NOW);
        assertThat(run.instance()).hasSize(JobExecution.MAX_INSTANCE_LENGTH).startsWith("host h").endsWith("…");
    }
}
