package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A user's identity: a UUIDv7 made in the domain, never null. */
public record UserId(UUID value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UuidV7.next());
    }

    /**
     * Parses client input in the canonical 36-character form only ({@code UUID.fromString} also
     * takes oddities such as {@code 1-2-3-4-5}); anything else is a validation error on {@code field}.
     */
    public static UserId parse(String field, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be a UUID");
        }
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
