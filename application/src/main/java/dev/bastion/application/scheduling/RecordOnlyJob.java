package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.JobCancelledException;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.ParameterSpec;
import dev.bastion.domain.scheduling.ParameterType;
import dev.bastion.domain.scheduling.TextDuration;
import java.time.Duration;

/**
 * {@value #KEY}: does nothing but leave an execution in the history, for smoke tests of the
 * scheduler. Its {@code pause} holds the run first, heeding cancellation, so a timeout, a stop or
 * an instance's death mid-run can be tried by hand.
 */
public final class RecordOnlyJob implements JobHandler {

    public static final String KEY = "smoke.record";
    private static final long ONE_DAY_MILLIS = Duration.ofDays(1).toMillis();
    /** How often a pause looks at its cancellation flag besides being interrupted. */
    private static final long LOOK_EVERY_MILLIS = 100;

    private static final ParameterSchema SCHEMA = ParameterSchema.of(
            ParameterSpec.optional("pause", ParameterType.DURATION, "0s",
                    "How long the run waits before it ends (at most a day): to try timeouts and recovery")
                    .between(0, ONE_DAY_MILLIS));

    @Override
    public HandlerKey key() {
        return new HandlerKey(KEY);
    }

    @Override
    public String description() {
        return "Does nothing but record its run (after an optional pause), to check that jobs fire.";
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public String run(JobParameters parameters, JobContext context) {
        Duration pause = parameters.duration("pause").orElse(Duration.ZERO);
        long deadline = System.nanoTime() + pause.toNanos();
        for (long left = pause.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            context.stopIfCancelled();
            try {
                Thread.sleep(Math.min(LOOK_EVERY_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new JobCancelledException();
            }
        }
        context.stopIfCancelled();
        return "recorded the run due at " + context.scheduledAt() + " after a pause of " + TextDuration.format(pause);
    }
}
