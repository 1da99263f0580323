package dev.bastion.domain.identity;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A login session's identity (the {@code sid} claim of its access tokens): a UUIDv7. */
public record SessionId(UUID value) {


    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId newId() {
        return new SessionId(UuidV7.next());
    }

    public static SessionId parse(String field, String text) {
        return new SessionId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
