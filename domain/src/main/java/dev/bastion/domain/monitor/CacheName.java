package dev.bastion.domain.monitor;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The name of one of Bastion's caches as an operator writes it ({@code access}, {@code session-checks}):
 * lower-case letters, digits and dashes, starting with a letter, at most {@link #MAX_LENGTH}. Text of
 * another shape is refused naming {@code name}; a well-formed name no cache has is not found.
 */
public record CacheName(String value) {

    public static final int MAX_LENGTH = 64;
    public static final String PATTERN = "^[a-z][a-z0-9-]*$";
    public static final String FIELD = "name";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public CacheName {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException(FIELD, "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must have at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, "must be lower-case letters, digits and dashes, starting with a letter");
        }
    }

    public static CacheName of(String value) {
        return new CacheName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
