package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dictionary type's code, how front ends and items name it ({@code user_status}): lower-case
 * snake case, 2 to 64 characters, starting with a letter. Immutable once the type exists.
 */
public record DictCode(String value) {

    public static final int MAX_LENGTH = 64;
    static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    static final String RULE = "must be 2 to 64 lower-case letters, digits or '_', starting with a letter";

    public DictCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a dictionary code: " + value);
        }
    }

    /** Reads client input; anything but a well-formed code is refused on {@code field}. */
    public static DictCode parse(String field, String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new InvalidValueException(field, RULE);
        }
        return new DictCode(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
