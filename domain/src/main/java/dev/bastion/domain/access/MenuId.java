package dev.bastion.domain.access;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A menu entry's identity: a UUIDv7 made in the domain (built-in entries have fixed ids). */
public record MenuId(UUID value) {

    public MenuId {
        Objects.requireNonNull(value, "value");
    }

    public static MenuId newId() {
        return new MenuId(UuidV7.next());
    }

    public static MenuId parse(String field, String text) {
        return new MenuId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
