package dev.bastion.application.identity.sessions;

import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.shared.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * {@value #KEY}: the session store cleans its indexes lazily, when a listing meets an expired
 * session; a user who never lists theirs would keep the ids of every expired session until the
 * keys' own expiry. This clears them on a schedule ({@link SessionStore#purgeExpired}).
 */
public final class PurgeSessionLeftoversJob implements JobHandler {

    public static final String KEY = "sessions.purge-leftovers";

    private final SessionStore sessions;
    private final Clock clock;

    public PurgeSessionLeftoversJob(SessionStore sessions, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HandlerKey key() {
        return new HandlerKey(KEY);
    }

    @Override
    public String description() {
        return "Clears what the session store still keeps of expired sessions in its indexes.";
    }

    @Override
    public ParameterSchema parameters() {
        return ParameterSchema.NONE;
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        Instant now = clock.now();
        int cleared = sessions.purgeExpired(now);
        return "cleared " + cleared + " session" + (cleared == 1 ? "" : "s") + " expired by " + now
                + " from the session indexes";
    }
}
