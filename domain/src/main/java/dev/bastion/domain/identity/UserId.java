package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

/** A user's identity: a UUIDv7 made in the domain, never null. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UuidV7.next());
    }

    /** Parses client input; a malformed id is a validation error on {@code field}. */
    public static UserId parse(String field, String text) {
        try {
            return new UserId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
