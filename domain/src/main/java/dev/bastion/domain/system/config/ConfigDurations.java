package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of durations, for the environment variables ({@code BASTION_ACCESS_TOKEN_TTL=15m})
 * and for DURATION parameters alike: ISO-8601 ({@code PT15M}, {@code P7D}) or the short form the
 * variables have always taken, a whole number and a unit ({@code 500ms}, {@code 30s}, {@code 15m},
 * {@code 2h}, {@code 7d}). Never negative.
 */
public final class ConfigDurations {

    private static final Pattern SHORT = Pattern.compile("([0-9]{1,12})(ms|s|m|h|d)");
    private static final String EXPECTED = "must be a DURATION: ISO-8601 such as PT15M or P7D, "
            + "or a whole number with ms, s, m, h or d such as 15m";

    private ConfigDurations() {
    }

    public static Duration parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException(field, EXPECTED);
        }
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("P") || upper.length() > 64) {
            throw new InvalidValueException(field, EXPECTED);
        }
        try {
            Duration duration = Duration.parse(upper);
            if (duration.isNegative()) {
                throw new InvalidValueException(field, "must not be negative");
            }
            return duration;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidValueException(field, EXPECTED);
        }
    }
}
