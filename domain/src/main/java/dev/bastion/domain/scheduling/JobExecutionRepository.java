package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The execution history. Nothing here waits for a run: each call is one short statement. */
public interface JobExecutionRepository {

    /** How storing a RUNNING execution went. */
    enum Start {
        /** Stored: the run may go ahead. */
        STARTED,
        /** An execution of this id is already stored: this run already happened (or is happening) elsewhere. */
        ALREADY_RECORDED,
        /** Exclusive, and another execution of the job is RUNNING somewhere in the cluster: not stored. */
        BLOCKED
    }

    /**
     * Stores {@code running} (RUNNING). When {@code exclusive}, only if no other execution of its
     * job is RUNNING, decided atomically for the whole cluster.
     */
    Start start(JobExecution running, boolean exclusive);

    /** Stores the end of a RUNNING execution (whatever stored it as ended first wins: answers whether this did). */
    boolean finish(JobExecution ended);

    /** Stores a SKIPPED execution (an id already stored is left as it is). */
    void recordSkipped(JobExecution skipped);

    Optional<JobExecution> findById(JobExecutionId id);

    /** The job's RUNNING executions. */
    List<JobExecution> running(JobId job);

    /** A page of the job's executions, newest first. */
    Page<JobExecution> ofJob(JobId job, PageRequest page);

    /** Deletes the ended executions that finished before {@code cutoff}; how many. */
    int deleteEndedBefore(Instant cutoff);
}
