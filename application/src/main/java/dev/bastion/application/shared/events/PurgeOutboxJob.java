package dev.bastion.application.shared.events;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.TextDuration;
import java.time.Duration;
import java.util.Objects;

/** {@value #KEY}: {@link RelayEvents#purgePublished()} on a schedule. Unpublished events are never touched. */
public final class PurgeOutboxJob implements JobHandler {

    public static final String KEY = "outbox.purge-sent";

    private final RelayEvents relay;
    private final Duration retention;

    /** {@code retention}: the one {@code relay} applies ({@code BASTION_OUTBOX_RETENTION}), named in the summary. */
    public PurgeOutboxJob(RelayEvents relay, Duration retention) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public HandlerKey key() {
        return new HandlerKey(KEY);
    }

    @Override
    public String description() {
        return "Deletes outbox events published longer ago than the outbox retention ("
                + TextDuration.format(retention) + ").";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        int deleted = relay.purgePublished();
        return "deleted " + deleted + " event" + (deleted == 1 ? "" : "s") + " published more than "
                + TextDuration.format(retention) + " ago from the outbox";
    }
}
