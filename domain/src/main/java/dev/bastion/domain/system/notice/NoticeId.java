package dev.bastion.domain.system.notice;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A notice's identity: a UUIDv7 made in the domain. */
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static NoticeId newId() {
        return new NoticeId(UuidV7.next());
    }

    public static NoticeId parse(String field, String text) {
        return new NoticeId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
