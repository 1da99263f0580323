package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.shared.Clock;
import java.time.Duration;
import java.util.Objects;

/** {@link PurgeJobExecutions}: executions that ended more than {@code retention} ago go; RUNNING ones always stay. */
public final class PurgeJobExecutionsService implements PurgeJobExecutions {

    private final JobExecutionRepository executions;
    private final Clock clock;
    private final Duration retention;

    public PurgeJobExecutionsService(JobExecutionRepository executions, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the job history's retention must be positive: " + retention);
        }
        this.executions = Objects.requireNonNull(executions, "executions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = retention;
    }

    @Override
    public int purge() {
        return executions.deleteEndedBefore(clock.now().minus(retention));
    }
}
