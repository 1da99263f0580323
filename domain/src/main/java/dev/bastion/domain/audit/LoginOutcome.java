package dev.bastion.domain.audit;

/** How a sign-in attempt ended. */
public enum LoginOutcome {
    SUCCESS,
    WRONG_PASSWORD,
    UNKNOWN_USER,
    LOCKED,
    DISABLED,
    RATE_LIMITED
}
