package dev.bastion.domain.identity;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A user's identity: a UUIDv7 made in the domain, never null. */
public record UserId(UUID value) {


    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UuidV7.next());
    }

    /** Parses client input (canonical form only, see {@link CanonicalUuid}); refusals name {@code field}. */
    public static UserId parse(String field, String text) {
        return new UserId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
