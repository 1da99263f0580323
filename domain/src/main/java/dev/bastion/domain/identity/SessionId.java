package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A login session's identity (the {@code sid} claim of its access tokens): a UUIDv7. */
public record SessionId(UUID value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId newId() {
        return new SessionId(UuidV7.next());
    }

    public static SessionId parse(String field, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be a UUID");
        }
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
