package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.Objects;

/** An order to run a job once: the execution's id, what triggered it and when it was due. */
public record RunOrder(JobExecutionId execution, JobId job, ExecutionTrigger trigger, Instant scheduledAt) {

    public RunOrder {
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }
}
