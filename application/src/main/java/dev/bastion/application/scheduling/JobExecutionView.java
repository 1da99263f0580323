package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;

/** One execution as the history shows it. */
public record JobExecutionView(JobExecutionId id, JobId jobId, ExecutionTrigger trigger, Instant scheduledAt,
                               Instant startedAt, Instant finishedAt, ExecutionOutcome outcome, String message,
                               String instance) {

    public static JobExecutionView of(JobExecution e) {
        return new JobExecutionView(e.id(), e.jobId(), e.trigger(), e.scheduledAt(), e.startedAt(), e.finishedAt(),
                e.outcome(), e.message(), e.instance());
    }
}
