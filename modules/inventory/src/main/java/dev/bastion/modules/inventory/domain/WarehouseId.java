package dev.bastion.modules.inventory.domain;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A warehouse's identity: a UUIDv7 made in the domain. */
public record WarehouseId(UUID value) {

    public WarehouseId {
        Objects.requireNonNull(value, "value");
    }

    public static WarehouseId newId() {
        return new WarehouseId(UuidV7.next());
    }

    public static WarehouseId parse(String field, String text) {
        return new WarehouseId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
