package dev.bastion.domain.scheduling;

/**
 * What happens to a firing nobody could start on time (every instance down or busy past the
 * misfire threshold), and to a run whose instance died under it.
 */
public enum MisfirePolicy {
    /** Run it once as soon as possible (however many fire times were missed); retry a dead run once. */
    FIRE_ONCE,
    /** Record it SKIPPED and wait for the next fire time; a dead run stays FAILED. */
    SKIP
}
