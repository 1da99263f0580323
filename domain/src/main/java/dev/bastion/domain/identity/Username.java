package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 64 of {@code a-z A-Z 0-9 _ . -}. Spelling is kept as registered;
 * two names that differ only in case are the same login ({@link #canonical()}).
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_.-]{3,64}");

    public Username {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("username", "must not be empty");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("username",
                    "must be 3 to 64 characters of letters, digits, '_', '.' or '-'");
        }
    }

    /** The form uniqueness is decided on. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
