package dev.bastion.application.scheduling;

/** What the scheduler calls to carry out a run order (on the one instance that claimed it). */
public interface RunJobs extends AutoCloseable {

    /**
     * Runs the order's job on this instance and records it: its handler with its parameters,
     * cancelled at its timeout; SKIPPED when its job forbids overlapping runs and one is running;
     * FAILED with the reason when the job or its handler is gone or the handler throws.
     */
    void run(RunOrder order);

    /**
     * The order's instance {@code deadInstance} stopped while running it: its execution is
     * recorded FAILED, and run once more when the job's misfire policy is FIRE_ONCE.
     */
    void recover(RunOrder order, String deadInstance);

    /**
     * Stops taking part: cancels every run in flight on this instance (each recorded FAILED) and
     * refuses later orders by throwing, which leaves them to the other instances.
     */
    @Override
    void close();
}
