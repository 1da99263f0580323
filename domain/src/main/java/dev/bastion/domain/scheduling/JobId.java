package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A job's identity: a UUIDv7 made in the domain. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId newId() {
        return new JobId(UuidV7.next());
    }

    public static JobId parse(String field, String text) {
        return new JobId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
