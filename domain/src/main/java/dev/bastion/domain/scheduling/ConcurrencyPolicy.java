package dev.bastion.domain.scheduling;

/** Whether two runs of one job may overlap anywhere in the cluster. */
public enum ConcurrencyPolicy {
    /** A run that would start while another is running is recorded SKIPPED instead. */
    FORBID,
    /** Runs may overlap. */
    ALLOW
}
