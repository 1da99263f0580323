package dev.bastion.domain.shared;

/**
 * The rule most short text fields share: stripped, at most a given number of characters (code
 * points), no control characters. Each refusal names the field the text came from.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} stripped; refused when blank or breaking the rule. */
    public static String required(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return checked(field, text.strip(), maxLength);
    }

    /** {@code text} stripped, or null when null or blank; refused when breaking the rule. */
    public static String optional(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return checked(field, text.strip(), maxLength);
    }

    private static String checked(String field, String text, int maxLength) {
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        if (text.codePoints().anyMatch(PrintableText::isUnprintable)) {
            throw new InvalidValueException(field, "must not contain control characters or unpaired surrogates");
        }
        return text;
    }

    /** A control character (NUL among them), or half of a surrogate pair standing alone: it cannot be stored. */
    public static boolean isUnprintable(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE;
    }
}
