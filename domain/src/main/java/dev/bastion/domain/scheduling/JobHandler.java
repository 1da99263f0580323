package dev.bastion.domain.scheduling;

import java.util.Set;

/**
 * Code a job runs, registered in code under a {@link HandlerKey}. A job names its handler by key
 * and nothing else: no class, method or expression is ever read from the database.
 *
 * <p>{@link #run} should return promptly once {@link JobContext#isCancelled()} says so (the run's
 * thread is also interrupted): a run past its job's timeout is recorded TIMED_OUT either way, but
 * only a handler that stops frees its thread.
 */
public interface JobHandler {

    HandlerKey key();

    /** One sentence for people choosing a handler. */
    String description();

    /** The parameters a job of this handler takes. */
    ParameterSchema parameters();

    /**
     * The permissions a caller must hold to create, change, enable or run a job of this handler,
     * so nobody schedules work they could not do by hand. Empty: the job permission is enough.
     */
    default Set<String> requiredPermissions() {
        return Set.of();
    }

    /** Does the work; answers a short summary for the execution history. Throws to fail. */
    String run(JobParameters parameters, JobContext context) throws Exception;
}
