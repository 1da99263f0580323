package dev.bastion.application.testing;

import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;

/** The {@link JobContext} a handler's unit test hands it: a run due at a given time, cancelled when the test says. */
public final class FakeJobContext implements JobContext {

    private final JobId jobId = JobId.newId();
    private final JobExecutionId executionId = JobExecutionId.newId();
    private final Instant scheduledAt;
    private volatile boolean cancelled;

    public FakeJobContext(Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public void cancel() {
        cancelled = true;
    }

    @Override
    public JobId jobId() {
        return jobId;
    }

    @Override
    public JobExecutionId executionId() {
        return executionId;
    }

    @Override
    public Instant scheduledAt() {
        return scheduledAt;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
