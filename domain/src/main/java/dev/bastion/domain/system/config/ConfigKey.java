package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A parameter's key: dotted lower case, at least two segments, each starting with a letter
 * ({@code security.lockout.max-failures}), at most {@link #MAX_LENGTH} characters. Unique and
 * immutable: code reads parameters by key.
 */
public record ConfigKey(String value) implements Comparable<ConfigKey> {

    public static final int MAX_LENGTH = 100;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public ConfigKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("key", "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("key", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("key",
                    "must be dotted lower case such as security.login.mode (segments of a-z, 0-9 and '-', "
                            + "each starting with a letter, at least two)");
        }
    }

    @Override
    public int compareTo(ConfigKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
