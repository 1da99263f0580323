package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.CanonicalUuid;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A configuration parameter's identity: a UUIDv7 made in the domain. */
public record ConfigParamId(UUID value) {

    public ConfigParamId {
        Objects.requireNonNull(value, "value");
    }

    public static ConfigParamId newId() {
        return new ConfigParamId(UuidV7.next());
    }

    public static ConfigParamId parse(String field, String text) {
        return new ConfigParamId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
