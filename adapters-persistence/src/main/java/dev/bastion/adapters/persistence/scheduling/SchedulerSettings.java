package dev.bastion.adapters.persistence.scheduling;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How this instance takes part in running jobs ({@code bastion.jobs.*}; the operator settings
 * {@code BASTION_JOBS_*}). A dead instance's runs are recovered once its heartbeat is
 * {@code heartbeat-interval × missed-heartbeats} old.
 */
@ConfigurationProperties("bastion.jobs")
public record SchedulerSettings(boolean run, Duration pollInterval, Duration heartbeatInterval, int missedHeartbeats,
                                int threads, Duration shutdownWait) {

    public SchedulerSettings {
        pollInterval = positive(pollInterval, Duration.ofSeconds(1), "poll-interval");
        heartbeatInterval = positive(heartbeatInterval, Duration.ofSeconds(5), "heartbeat-interval");
        if (missedHeartbeats == 0) {
            missedHeartbeats = 6;
        }
        if (missedHeartbeats < 1) {
            throw new IllegalArgumentException("bastion.jobs.missed-heartbeats must be at least 1");
        }
        if (threads == 0) {
            threads = 4;
        }
        if (threads < 1) {
            throw new IllegalArgumentException("bastion.jobs.threads must be at least 1");
        }
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(10) : shutdownWait;
    }

    /** How long after its last heartbeat an instance's runs are taken for dead. */
    public Duration deadAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("bastion.jobs." + name + " must be more than zero");
        }
        return value;
    }
}
