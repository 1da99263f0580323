package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** An item's identity: a UUIDv7 made in the domain. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId newId() {
        return new ItemId(UuidV7.next());
    }

    public static ItemId parse(String field, String text) {
        return new ItemId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
