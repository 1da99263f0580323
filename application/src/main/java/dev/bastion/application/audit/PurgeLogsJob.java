package dev.bastion.application.audit;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.TextDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** {@value #KEY}: {@link PurgeOperationLog} on a schedule, both logs past the audit retention. */
public final class PurgeLogsJob implements JobHandler {

    public static final String KEY = "audit.purge-logs";

    private final PurgeOperationLog purge;
    private final Duration retention;

    /** {@code retention}: the one {@code purge} applies ({@code BASTION_AUDIT_RETENTION}), named in the summary. */
    public PurgeLogsJob(PurgeOperationLog purge, Duration retention) {
        this.purge = Objects.requireNonNull(purge, "purge");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public HandlerKey key() {
        return new HandlerKey(KEY);
    }

    @Override
    public String description() {
        return "Deletes operation-log and login-log entries older than the audit retention ("
                + TextDuration.format(retention) + ").";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    /** Deleting audit entries by schedule is deleting them: whoever sets it up must be allowed to by hand. */
    @Override
    public Set<String> requiredPermissions() {
        return Set.of("monitor:operation-log:delete", "monitor:login-log:delete");
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        PurgeOperationLog.Purged purged = purge.purge();
        return "deleted " + purged.operations() + " operation-log and " + purged.logins()
                + " login-log entries older than " + TextDuration.format(retention);
    }
}
