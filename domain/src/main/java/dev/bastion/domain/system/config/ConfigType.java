package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a parameter's value (always stored as a string) must read as. {@link #read} is the one check
 * of a value's form; a refusal names the field and the expected type.
 */
public enum ConfigType {
    STRING, INTEGER, BOOLEAN, DECIMAL, DURATION, JSON;

    private static final Pattern INTEGER_FORM = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern DECIMAL_FORM = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    /** The names, for messages: {@code STRING | INTEGER | …}. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" | "));
    }

    /** The type named {@code text} exactly; anything else is refused naming {@code field} and the allowed names. */
    public static ConfigType parse(String field, String text) {
        for (ConfigType type : values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        throw new InvalidValueException(field, "must be one of " + names());
    }

    /**
     * {@code text} read as this type: a {@code Long}, {@code BigDecimal}, {@code Duration},
     * {@code Boolean} or the text itself (STRING, JSON), comparable within its type.
     */
    public Comparable<?> read(String field, String text) {
        if (text == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return switch (this) {
            case STRING -> text;
            case INTEGER -> integer(field, text);
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new InvalidValueException(field, "must be a BOOLEAN: true or false");
                }
                yield Boolean.valueOf(text);
            }
            case DECIMAL -> {
                if (!DECIMAL_FORM.matcher(text).matches()) {
                    throw new InvalidValueException(field, "must be a DECIMAL such as 12.5 (digits, an optional "
                            + "'-' and an optional fraction)");
                }
                yield new BigDecimal(text);
            }
            case DURATION -> ConfigDurations.parse(field, text);
            case JSON -> {
                String problem = JsonSyntax.problemIn(text);
                if (problem != null) {
                    throw new InvalidValueException(field, "must be JSON: " + problem);
                }
                yield text;
            }
        };
    }

    /** Refuses control characters (but JSON's whitespace) in a text a type accepted. */
    static void requirePrintable(String field, ConfigType type, String text) {
        boolean ok = text.codePoints().noneMatch(c -> PrintableText.isUnprintable(c)
                && !(type == JSON && (c == '\n' || c == '\r' || c == '\t')));
        if (!ok) {
            throw new InvalidValueException(field, "must not contain control characters"
                    + (type == JSON ? " other than JSON's whitespace" : ""));
        }
    }

    private static Long integer(String field, String text) {
        String expected = "must be an INTEGER: a whole number such as 42";
        if (!INTEGER_FORM.matcher(text).matches()) {
            throw new InvalidValueException(field, expected);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, expected + ", between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
    }
}
