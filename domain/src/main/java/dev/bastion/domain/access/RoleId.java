package dev.bastion.domain.access;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A role's identity: a UUIDv7 made in the domain (built-in roles have fixed ids). */
public record RoleId(UUID value) {

    /** The built-in super administrator, created by the migrations. */
    public static final RoleId SUPER_ADMIN = new RoleId(UUID.fromString("01936f6e-0000-7000-8000-000000000001"));

    public RoleId {
        Objects.requireNonNull(value, "value");
    }

    public static RoleId newId() {
        return new RoleId(UuidV7.next());
    }

    public static RoleId parse(String field, String text) {
        return new RoleId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
