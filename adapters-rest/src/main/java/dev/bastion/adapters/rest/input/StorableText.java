package dev.bastion.adapters.rest.input;

/**
 * Text the service can store and give back as it came: no NUL (PostgreSQL refuses it, so a query
 * or row holding one fails as a server error) and no half of a UTF-16 surrogate pair (it cannot be
 * encoded, and would come back as {@code ?}). Checked where text enters: JSON bodies and query
 * parameters.
 */
public final class StorableText {

    public static final String RULE = "must not contain NUL characters or unpaired UTF-16 surrogates";

    private StorableText() {
    }

    /** Whether {@code text} holds a NUL or an unpaired surrogate. */
    public static boolean isUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
