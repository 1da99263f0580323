package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least {@code minLength} characters (code points) and at most
 * {@link #MAX_LENGTH}, not blank, not the username (ignoring case), and none of the user's last
 * {@code historySize} passwords. Violations name {@code field}.
 */
public record PasswordPolicy(int minLength, int historySize) {

    public static final int MAX_LENGTH = 128;

    public PasswordPolicy {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minLength must be between 8 and " + MAX_LENGTH);
        }
        if (historySize < 0 || historySize > 24) {
            throw new IllegalArgumentException("historySize must be between 0 and 24");
        }
    }

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(10, 3);
    }

    /** Checks everything that needs no stored hash. */
    public void checkShape(String field, String password, Username username) {
        if (password == null || password.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            throw new InvalidValueException(field, "must be at least " + minLength + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).equals(username.canonical())) {
            throw new InvalidValueException(field, "must not be the username");
        }
    }

    /** Refuses a password that matches one of {@code recent} (newest first, at most {@code historySize} used). */
    public void checkHistory(String field, String password, List<PasswordHash> recent, PasswordHasher hasher) {
        if (recent.stream().limit(historySize).anyMatch(old -> hasher.matches(password, old))) {
            throw new InvalidValueException(field, "must not be one of your last " + historySize + " passwords");
        }
    }
}
