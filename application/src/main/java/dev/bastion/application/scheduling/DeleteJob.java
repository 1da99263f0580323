package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobId;

/** Deletes a job and its history; refused ({@code CONFLICT}) while one of its executions is RUNNING. */
public interface DeleteJob {

    void delete(UserId actor, JobId id);
}
