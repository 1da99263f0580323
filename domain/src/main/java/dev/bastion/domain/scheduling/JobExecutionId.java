package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An execution's identity. A manual run's is a new UUIDv7; a scheduled firing's is derived from
 * the job and the fire time ({@link #ofFiring}), so two instances dispatching the same firing name
 * the same execution and only one of them can be stored.
 */
public record JobExecutionId(UUID value) {

    public JobExecutionId {
        Objects.requireNonNull(value, "value");
    }

    public static JobExecutionId newId() {
        return new JobExecutionId(UuidV7.next());
    }

    /** The one id of {@code job}'s firing due at {@code scheduledAt} (a name-based UUID). */
    public static JobExecutionId ofFiring(JobId job, Instant scheduledAt) {
        String name = "firing:" + job.value() + "@" + scheduledAt.toEpochMilli();
        return new JobExecutionId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** The one id of the retry of {@code dead} (an execution whose instance stopped mid-run). */
    public static JobExecutionId retryOf(JobExecutionId dead) {
        String name = "retry:" + dead.value();
        return new JobExecutionId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    public static JobExecutionId parse(String field, String text) {
        return new JobExecutionId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
