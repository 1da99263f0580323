package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.Set;

/**
 * The cluster's scheduler: a job's next firing, and orders to run. Everything it stores joins the
 * caller's transaction, so a job and its plan commit together. Whichever instance claims a due
 * firing or order first handles it ({@link FireJobs}, {@link RunJobs}); no other does.
 */
public interface JobScheduler {

    /** Plans the job's next firing at {@code at}, replacing the one planned. */
    void plan(JobId job, Instant at);

    /** Drops the job's planned firing (nothing when there is none). */
    void unplan(JobId job);

    /** The jobs with a planned firing. */
    Set<JobId> planned();

    /** Stores an order to run now; an order of an execution id already ordered is left as it is. */
    void order(RunOrder order);

    /** Asks the scheduler to look for due work at once (after the commit that stored it) rather than at its next poll. */
    void wake();
}
