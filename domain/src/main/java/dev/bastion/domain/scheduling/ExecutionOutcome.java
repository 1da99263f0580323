package dev.bastion.domain.scheduling;

/** Where an execution stands: RUNNING until it ends in one of the others, which are final. */
public enum ExecutionOutcome {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    SKIPPED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
