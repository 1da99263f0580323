package dev.bastion.domain.scheduling;

import java.time.Instant;

/** What a running handler may know about its run, and the cancellation signal it should heed. */
public interface JobContext {

    JobId jobId();

    JobExecutionId executionId();

    /** When the firing was due (a manual run: when it was asked for). */
    Instant scheduledAt();

    /** Whether the run has been cancelled (its timeout passed, or the instance is stopping). */
    boolean isCancelled();

    /** Throws {@link JobCancelledException} once cancelled: a handler calls it between steps. */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }
}
