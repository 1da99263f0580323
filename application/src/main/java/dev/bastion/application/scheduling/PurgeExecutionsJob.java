package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.TextDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** {@value #KEY}: the job history's own chore, {@link PurgeJobExecutions} on a schedule. */
public final class PurgeExecutionsJob implements JobHandler {

    public static final String KEY = "jobs.purge-executions";

    private final PurgeJobExecutions purge;
    private final Duration retention;

    /** {@code retention}: the one {@code purge} applies, named in the summary. */
    public PurgeExecutionsJob(PurgeJobExecutions purge, Duration retention) {
        this.purge = Objects.requireNonNull(purge, "purge");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public HandlerKey key() {
        return new HandlerKey(KEY);
    }

    @Override
    public String description() {
        return "Deletes job executions that ended longer ago than the job history's retention ("
                + TextDuration.format(retention) + ").";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    @Override
    public Set<String> requiredPermissions() {
        return Set.of("monitor:job:delete");
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        int deleted = purge.purge();
        return "deleted " + deleted + " job execution" + (deleted == 1 ? "" : "s") + " that ended more than "
                + TextDuration.format(retention) + " ago";
    }
}
