package dev.bastion.application.scheduling;

import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.JobId;

/** One job ({@code NOT_FOUND} when there is none). */
public interface GetJob {

    JobView get(UserId actor, JobId id);
}
