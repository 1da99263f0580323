package dev.bastion.adapters.messaging.shared;

import java.time.Instant;

/**
 * Instants as Redis stores them: epoch milliseconds, with a decimal fraction when the instant is
 * finer than a millisecond ({@code 1767225600123} or {@code 1767225600123.456789}). Java reads it
 * back exactly; Lua's {@code tonumber} reads it as a double (exact to the millisecond, to about a
 * quarter of a microsecond beyond), and {@code ZADD} takes it as a score. Instants before 1970
 * are not expected.
 */
public final class EpochMillisText {

    private EpochMillisText() {
    }

    public static String format(Instant instant) {
        long millis = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1000L), instant.getNano() / 1_000_000);
        int nanosOfMilli = instant.getNano() % 1_000_000;
        if (nanosOfMilli == 0) {
            return Long.toString(millis);
        }
        StringBuilder text = new StringBuilder(24).append(millis).append('.');
        String digits = Integer.toString(nanosOfMilli);
        text.append("000000", 0, 6 - digits.length()).append(digits);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        text.setLength(end);
        return text.toString();
    }

    public static Instant parse(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        String fraction = text.substring(dot + 1);
        if (fraction.isEmpty() || fraction.length() > 6 || !fraction.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not epoch milliseconds: " + text);
        }
        int nanos = Integer.parseInt((fraction + "000000").substring(0, 6));
        return Instant.ofEpochMilli(Long.parseLong(text.substring(0, dot))).plusNanos(nanos);
    }
}
