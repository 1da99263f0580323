package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobId;

/**
 * Enables a job (planned from now on; the actor must hold its handler's required permissions)
 * or disables it (its planned firing dropped; a run in progress finishes).
 */
public interface ChangeJobStatus {

    JobView changeStatus(UserId actor, JobId id, boolean enabled);
}
