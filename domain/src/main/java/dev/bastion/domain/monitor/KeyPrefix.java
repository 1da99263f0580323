package dev.bastion.domain.monitor;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * The start of the key names to list: taken literally, so it may not hold a glob character
 * ({@code * ? [ ] \}) or a control character, and it has at most {@link #MAX_LENGTH} characters.
 * Empty lists every key.
 */
public record KeyPrefix(String value) {

    public static final int MAX_LENGTH = 128;
    public static final String FIELD = "prefix";

    public KeyPrefix {
        if (value == null) {
            value = "";
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must have at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                throw new InvalidValueException(FIELD, "is taken literally and may not contain * ? [ ] or \\");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidValueException(FIELD, "may not contain control characters");
            }
        }
    }

    public static KeyPrefix of(String value) {
        return new KeyPrefix(value);
    }

    public boolean matches(String key) {
        return key.startsWith(value);
    }
}
