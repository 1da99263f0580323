package dev.bastion.domain.shared;

import dev.bastion.domain.shared.InvalidValueException;

/**
 * An e-mail address as people type them: one {@code @}, a dotted domain, no spaces,
 * at most 254 characters (RFC 5321's path limit). Not a full RFC 5322 parser on purpose.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    /** Besides ASCII letters and digits, what the local part may hold. */
    private static final String LOCAL_PUNCTUATION = "!#$%&'*+/=?^_`{|}~.-";

    public Email {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("email", "must not be empty");
        }
        if (value.length() > MAX_LENGTH || !hasEmailShape(value)
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw new InvalidValueException("email", "must be a well-formed email address");
        }
    }

    /**
     * Exactly one {@code @}; before it 1 to 64 of letters, digits and {@link #LOCAL_PUNCTUATION}; after it
     * two or more dot-separated labels. Not a regex: it runs for every user row read (the regex was 8 % of a
     * listing's CPU).
     */
    private static boolean hasEmailShape(String value) {
        int at = value.indexOf('@');
        if (at < 1 || at > MAX_LOCAL_LENGTH) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && LOCAL_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return isDottedDomain(value, at + 1);
    }

    /** From {@code start} to the end: at least two {@link #isLabel labels} joined by single dots. */
    private static boolean isDottedDomain(String value, int start) {
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (!isLabel(value, labelStart, i)) {
                    return false;
                }
                labels++;
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }

    /** 1 to 63 of letters, digits and {@code -}, starting and ending with a letter or digit. */
    private static boolean isLabel(String value, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL_LENGTH
                || !isAsciiLetterOrDigit(value.charAt(start)) || !isAsciiLetterOrDigit(value.charAt(end - 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
