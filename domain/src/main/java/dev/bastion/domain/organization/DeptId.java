package dev.bastion.domain.organization;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A department's identity: a UUIDv7 made in the domain. */
public record DeptId(UUID value) {

    /** The root department every tree hangs from, created by the first migration. */
    public static final DeptId ROOT = new DeptId(UUID.fromString("01936f6e-0000-7000-8000-0000000000d1"));


    public DeptId {
        Objects.requireNonNull(value, "value");
    }

    public static DeptId newId() {
        return new DeptId(UuidV7.next());
    }

    public static DeptId parse(String field, String text) {
        return new DeptId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
