package dev.bastion.domain.audit;

/** Text as the audit tables keep it: control characters as spaces, cut in code points (as PostgreSQL counts). */
final class Text {

    static final String TRUNCATED = "…[truncated]";

    private Text() {
    }

    static String fit(String value, int max) {
        return cut(withoutControls(value), max);
    }

    /**
     * {@code value} with every ASCII control character ({@code \p{Cntrl}}) as a space. A loop, not a
     * regular expression: it runs for each field of every operation-log record on the request's
     * path, and almost never finds anything to change (then the value itself is returned).
     */
    static String withoutControls(String value) {
        char[] chars = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (chars == null) {
                    chars = value.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? value : new String(chars);
    }

    static String cut(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** {@code value}, or its start and {@link #TRUNCATED} when it is longer than {@code max} code points. */
    static String cutMarked(String value, int max) {
        return value.codePointCount(0, value.length()) <= max ? value
                : cut(value, max - TRUNCATED.length()) + TRUNCATED;
    }
}
