package dev.bastion.domain.identity;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least {@code minLength} characters (code points) and at most
 * {@link #MAX_LENGTH}, not blank, not the username (ignoring case), with characters of at least
 * {@code characterClasses} of the four classes (lower-case letters, upper-case letters, digits, anything
 * else), and none of the user's last {@code historySize} passwords. Violations name {@code field}.
 */
public record PasswordPolicy(int minLength, int historySize, int characterClasses) {

    public static final int MAX_LENGTH = 128;
    /** Lower-case letters, upper-case letters, digits, other characters. */
    public static final int CLASSES = 4;

    public PasswordPolicy {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minLength must be between 8 and " + MAX_LENGTH);
        }
        if (historySize < 0 || historySize > 24) {
            throw new IllegalArgumentException("historySize must be between 0 and 24");
        }
        if (characterClasses < 0 || characterClasses > CLASSES) {
            throw new IllegalArgumentException("characterClasses must be between 0 and " + CLASSES);
        }
    }

    /** A policy that asks for no character classes. */
    public PasswordPolicy(int minLength, int historySize) {
        this(minLength, historySize, 0);
    }

    public static PasswordPolicy defaults() {
        return new PasswordPolicy(10, 3, 0);
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
        if (classesIn(password) < characterClasses) {
            throw new InvalidValueException(field, "must contain characters of at least " + characterClasses
                    + " of these " + CLASSES + " classes: lower-case letters, upper-case letters, digits, other "
                    + "characters");
        }
    }

    /** How many of the four classes {@code password} has characters of. */
    public static int classesIn(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int c : password.codePoints().toArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Refuses a password that matches one of {@code recent} (newest first, at most {@code historySize} used). */
    public void checkHistory(String field, String password, List<PasswordHash> recent, PasswordHasher hasher) {
        if (recent.stream().limit(historySize).anyMatch(old -> hasher.matches(password, old))) {
            throw new InvalidValueException(field, "must not be one of your last " + historySize + " passwords");
        }
    }
}
