package dev.bastion.domain.scheduling;

/** What started an execution. */
public enum ExecutionTrigger {
    SCHEDULE,
    MANUAL
}
