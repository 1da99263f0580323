package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A dictionary type's identity: a UUIDv7 made in the domain (seeded types have fixed ids). */
public record DictTypeId(UUID value) {

    public DictTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static DictTypeId newId() {
        return new DictTypeId(UuidV7.next());
    }

    public static DictTypeId parse(String field, String text) {
        return new DictTypeId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
