package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.Optional;

/**
 * What the scheduler calls when a job's planned firing is due (on the one instance that claimed
 * it). The firing is turned into a {@link RunOrder} (or a SKIPPED execution under the misfire
 * policy); the answer is when to fire next, empty when the job is gone, disabled or never fires again.
 */
public interface FireJobs {

    Optional<Instant> fire(JobId job, Instant scheduledAt);
}
