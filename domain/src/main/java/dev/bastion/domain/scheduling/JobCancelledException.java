package dev.bastion.domain.scheduling;

/** Thrown by a handler that stops because its run was cancelled. */
public final class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("the run was cancelled", null, false, false);
    }
}
