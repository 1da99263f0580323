package dev.bastion.domain.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads ids that clients send: the canonical 36-character UUID form only ({@code UUID.fromString}
 * also takes oddities such as {@code 1-2-3-4-5}); anything else is a validation error on {@code field}.
 */
public final class CanonicalUuid {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CanonicalUuid() {
    }

    public static UUID parse(String field, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidValueException(field, "must be a UUID");
        }
        return UUID.fromString(text);
    }
}
