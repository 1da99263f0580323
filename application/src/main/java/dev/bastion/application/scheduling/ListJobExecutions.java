package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** A job's executions, newest first ({@code NOT_FOUND} for an unknown job). */
public interface ListJobExecutions {

    Page<JobExecutionView> executions(UserId actor, JobId id, PageRequest page);
}
