package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of a job (or one firing that did not run): what started it, when it was due, when it
 * started and finished, on which instance, and how it ended. It is RUNNING until it ends once,
 * in SUCCEEDED, FAILED, TIMED_OUT or SKIPPED; an ended execution never changes again.
 */
public final class JobExecution {

    public static final int MAX_MESSAGE_LENGTH = 2_000;
    public static final int MAX_INSTANCE_LENGTH = 200;

    private final JobExecutionId id;
    private final JobId jobId;
    private final ExecutionTrigger trigger;
    private final Instant scheduledAt;
    private final Instant startedAt;
    private Instant finishedAt;
    private ExecutionOutcome outcome;
    private String message;
    private final String instance;

    private JobExecution(JobExecutionId id, JobId jobId, ExecutionTrigger trigger, Instant scheduledAt,
                         Instant startedAt, Instant finishedAt, ExecutionOutcome outcome, String message,
                         String instance) {
        this.id = Objects.requireNonNull(id, "id");
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.message = message;
        this.instance = ExecutionMessage.clean(Objects.requireNonNull(instance, "instance"), MAX_INSTANCE_LENGTH);
        if ((outcome == ExecutionOutcome.RUNNING) != (finishedAt == null)) {
            throw new IllegalArgumentException("an execution has a finishedAt exactly when it ended");
        }
        if ((outcome == ExecutionOutcome.SKIPPED) != (startedAt == null)) {
            throw new IllegalArgumentException("an execution has a startedAt exactly when it was not SKIPPED");
        }
    }

    /** A run starting now on {@code instance}. */
    public static JobExecution start(JobExecutionId id, JobId jobId, ExecutionTrigger trigger, Instant scheduledAt,
                                     String instance, Instant now) {
        return new JobExecution(id, jobId, trigger, scheduledAt, now, null, ExecutionOutcome.RUNNING, null, instance);
    }

    /** A firing that did not run, and why. */
    public static JobExecution skipped(JobExecutionId id, JobId jobId, ExecutionTrigger trigger, Instant scheduledAt,
                                       String instance, Instant now, String reason) {
        return new JobExecution(id, jobId, trigger, scheduledAt, null, now, ExecutionOutcome.SKIPPED,
                ExecutionMessage.clean(reason, MAX_MESSAGE_LENGTH), instance);
    }

    public static JobExecution reconstitute(JobExecutionId id, JobId jobId, ExecutionTrigger trigger,
                                            Instant scheduledAt, Instant startedAt, Instant finishedAt,
                                            ExecutionOutcome outcome, String message, String instance) {
        return new JobExecution(id, jobId, trigger, scheduledAt, startedAt, finishedAt, outcome, message, instance);
    }

    public void succeed(Instant now, String summary) {
        end(ExecutionOutcome.SUCCEEDED, now, summary);
    }

    public void fail(Instant now, String reason) {
        end(ExecutionOutcome.FAILED, now, reason);
    }

    public void timeOut(Instant now, JobTimeout timeout) {
        end(ExecutionOutcome.TIMED_OUT, now, "cancelled after its timeout of " + TextDuration.format(timeout.value()));
    }

    private void end(ExecutionOutcome ending, Instant now, String text) {
        Objects.requireNonNull(now, "now");
        if (outcome != ExecutionOutcome.RUNNING) {
            throw ConflictException.ofState("execution " + id + " already ended " + outcome + ": it cannot end "
                    + ending);
        }
        outcome = ending;
        finishedAt = now.isBefore(startedAt) ? startedAt : now;
        message = ExecutionMessage.clean(text, MAX_MESSAGE_LENGTH);
    }

    public JobExecutionId id() {
        return id;
    }

    public JobId jobId() {
        return jobId;
    }

    public ExecutionTrigger trigger() {
        return trigger;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    /** Null for a SKIPPED firing. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Null while RUNNING. */
    public Instant finishedAt() {
        return finishedAt;
    }

    public ExecutionOutcome outcome() {
        return outcome;
    }

    /** The handler's summary, the failure, or why it was skipped (null when there is none). */
    public String message() {
        return message;
    }

    public String instance() {
        return instance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobExecution that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "JobExecution[" + id + ", job " + jobId + ", " + outcome + "]";
    }
}
