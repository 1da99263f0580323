package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;

/**
 * Orders a run of the job now, on whichever instance claims it first; answers the id its
 * execution will have. A disabled job is {@code CONFLICT}; the actor must hold the handler's
 * required permissions.
 */
public interface RunJobNow {

    JobExecutionId runNow(UserId actor, JobId id);
}
