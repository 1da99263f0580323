package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parameter a handler declares: its name, JSON type, whether it is required, its default
 * (used when it is left out), a description for the form that edits it, and bounds: for an
 * INTEGER its value, for a DURATION its milliseconds, for a STRING its length.
 */
public record ParameterSpec(String name, ParameterType type, boolean required, Object defaultValue,
                            String description, Long min, Long max) {

    public static final int MAX_STRING_LENGTH = 1_000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    public ParameterSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a parameter's name is a camelCase word: " + name);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("a parameter's bounds are empty (" + min + " > " + max + "): " + name);
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("a required parameter has no default: " + name);
        }
        if (defaultValue != null) {
            defaultValue = normalise(name, type, defaultValue, min, max, "parameters." + name);
        }
    }

    public static ParameterSpec optional(String name, ParameterType type, Object defaultValue, String description) {
        return new ParameterSpec(name, type, false, defaultValue, description, null, null);
    }

    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, true, null, description, null, null);
    }

    /** The same parameter bounded: values (INTEGER), milliseconds (DURATION) or lengths (STRING) in [min, max]. */
    public ParameterSpec between(long lowest, long highest) {
        return new ParameterSpec(name, type, required, defaultValue, description, lowest, highest);
    }

    /** {@code value} as stored and handed to the handler (Long, Boolean, String), or refused naming {@code parameters.<name>}. */
    Object accept(Object value) {
        return normalise(name, type, value, min, max, "parameters." + name);
    }

    private static Object normalise(String name, ParameterType type, Object value, Long min, Long max,
                                    String field) {
        return switch (type) {
            case STRING -> {
                if (!(value instanceof String text)) {
                    throw new InvalidValueException(field, "must be a string");
                }
                String accepted = PrintableText.required(field, text, MAX_STRING_LENGTH);
                within(field, accepted.codePointCount(0, accepted.length()), min, max, "characters long");
                yield accepted;
            }
            case INTEGER -> {
                long number = wholeNumber(field, value);
                within(field, number, min, max, "");
                yield number;
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean flag)) {
                    throw new InvalidValueException(field, "must be true or false");
                }
                yield flag;
            }
            case DURATION -> {
                if (!(value instanceof String text)) {
                    throw new InvalidValueException(field, "must be a duration as a string, like PT30S or 30s");
                }
                Duration duration = TextDuration.parse(field, text);
                if (duration.isNegative()) {
                    throw new InvalidValueException(field, "must not be negative");
                }
                long length = millis(duration);
                if ((min != null && length < min) || (max != null && length > max)) {
                    throw new InvalidValueException(field, "must be " + (min == null ? "" : "at least "
                            + TextDuration.format(Duration.ofMillis(min)) + (max == null ? "" : " and "))
                            + (max == null ? "" : "at most " + TextDuration.format(Duration.ofMillis(max))));
                }
                yield text.strip();
            }
        };
    }

    /** Its milliseconds; one too long for a long (an ISO text can say so) is as long as can be. */
    private static long millis(Duration duration) {
        try {
            return duration.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long wholeNumber(String field, Object value) {
        try {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            if (value instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
            if (value instanceof Double || value instanceof Float) {
                return new BigDecimal(value.toString()).longValueExact();
            }
        } catch (ArithmeticException | NumberFormatException notWhole) {
            // the message below
        }
        throw new InvalidValueException(field, "must be a whole number between " + Long.MIN_VALUE + " and "
                + Long.MAX_VALUE);
    }

    private static void within(String field, long value, Long min, Long max, String unit) {
        String suffix = unit.isEmpty() ? "" : " " + unit;
        if (min != null && value < min) {
            throw new InvalidValueException(field, "must be at least " + min + suffix);
        }
        if (max != null && value > max) {
            throw new InvalidValueException(field, "must be at most " + max + suffix);
        }
    }
}
