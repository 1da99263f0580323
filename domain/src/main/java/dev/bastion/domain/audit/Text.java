package dev.bastion.domain.audit;

/** Text as the audit tables keep it: control characters as spaces, cut in code points (as PostgreSQL counts). */
final class Text {

    static final String TRUNCATED = "…[truncated]";

    private Text() {
    }

    static String fit(String value, int max) {
        return cut(value.replaceAll("\\p{Cntrl}", " "), max);
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
