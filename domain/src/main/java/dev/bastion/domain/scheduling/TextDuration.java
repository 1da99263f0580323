package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as people write it in a job: ISO-8601 ({@code PT30S}, {@code P1D}) or a whole number
 * with a unit ({@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}), as the operator
 * settings are written.
 */
public final class TextDuration {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Duration LONGEST_SHORTHAND = Duration.ofDays(999_999_999L);

    private TextDuration() {
    }

    public static Duration parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String trimmed = text.strip();
        Matcher shorthand = SHORT.matcher(trimmed);
        if (shorthand.matches()) {
            long amount = Long.parseLong(shorthand.group(1));
            return switch (shorthand.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        if (trimmed.length() <= 40 && (trimmed.startsWith("P") || trimmed.startsWith("p"))) {
            try {
                return Duration.parse(trimmed);
            } catch (DateTimeParseException | ArithmeticException notIso) {
                // falls through to the message below
            }
        }
        throw new InvalidValueException(field, "must be a duration: ISO-8601 like PT30S, or a number with a unit "
                + "like 500ms, 30s, 15m, 2h, 1d");
    }

    /**
     * {@code duration} as {@link #parse} reads it back and operators write it: a whole number of
     * the largest unit that divides it ({@code 180d}, {@code 90m}, {@code 1500ms}, {@code 0s});
     * ISO-8601 when no unit does (finer than a millisecond, negative, or too many of them).
     */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        boolean wholeMillis = duration.toNanosPart() % 1_000_000 == 0;
        if (!duration.isNegative() && duration.compareTo(LONGEST_SHORTHAND) <= 0 && wholeMillis) {
            long millis = duration.toMillis();
            long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
            String[] units = {"d", "h", "m", "s", "ms"};
            for (int i = 0; i < sizes.length; i++) {
                if (millis % sizes[i] == 0 && millis / sizes[i] <= 999_999_999L) {
                    return millis / sizes[i] + units[i];
                }
            }
        }
        return duration.toString();
    }
}
