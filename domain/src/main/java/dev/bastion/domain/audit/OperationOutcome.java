package dev.bastion.domain.audit;

/** Whether a logged operation succeeded (a status below 400) or failed or was refused. */
public enum OperationOutcome {
    SUCCESS,
    FAILURE;

    public static OperationOutcome of(int status) {
        return status < 400 ? SUCCESS : FAILURE;
    }
}
