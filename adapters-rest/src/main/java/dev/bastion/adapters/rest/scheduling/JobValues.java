package dev.bastion.adapters.rest.scheduling;

/** The enum values a job body accepts, and the messages naming them. */
final class JobValues {

    static final String CONCURRENCIES = "FORBID|ALLOW";
    static final String CONCURRENCY_RULE = "must be one of FORBID | ALLOW";
    static final String MISFIRES = "FIRE_ONCE|SKIP";
    static final String MISFIRE_RULE = "must be one of FIRE_ONCE | SKIP";
    static final String TIMEOUT = "ISO-8601 (PT30S) or a whole number with ms, s, m, h or d (30s, 15m, 2h, 1d); "
            + "more than zero, at most a day";

    private JobValues() {
    }
}
