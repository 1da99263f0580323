package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A dictionary item's identity: a UUIDv7 made in the domain (seeded items have fixed ids). */
public record DictItemId(UUID value) {

    public DictItemId {
        Objects.requireNonNull(value, "value");
    }

    public static DictItemId newId() {
        return new DictItemId(UuidV7.next());
    }

    public static DictItemId parse(String field, String text) {
        return new DictItemId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
