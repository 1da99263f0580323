package dev.bastion.domain.shared;

import java.util.UUID;

/**
 * Reads ids that clients send: the canonical 36-character UUID form only ({@code UUID.fromString}
 * also takes oddities such as {@code 1-2-3-4-5}); anything else is a validation error on {@code field}.
 */
public final class CanonicalUuid {

    private static final int LENGTH = 36;

    private CanonicalUuid() {
    }

    public static UUID parse(String field, String text) {
        if (text == null || !isCanonical(text)) {
            throw new InvalidValueException(field, "must be a UUID");
        }
        return UUID.fromString(text);
    }

    /**
     * 8-4-4-4-12 hex digits (either case) joined by {@code -}.
     * Not a regex: it runs on every request (session ids), so it stays a plain character loop.
     */
    private static boolean isCanonical(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-' : isHexDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
