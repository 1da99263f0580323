package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The key a {@link JobHandler} is registered under: lower-case words joined by dots or dashes
 * ({@code audit.purge-logs}), at most {@value #MAX_LENGTH} characters. It names a handler bean
 * among those the code registers, never a class or method.
 */
public record HandlerKey(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    public HandlerKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("handler", "must not be blank");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("handler", "must be lower-case words joined by '.' or '-' "
                    + "(like audit.purge-logs), at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
