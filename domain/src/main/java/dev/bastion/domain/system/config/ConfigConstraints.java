package dev.bastion.domain.system.config;

import dev.bastion.domain.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value must be beyond its type; every part is optional (null = no such constraint).
 * {@code min}/{@code max} (inclusive, written as values of the type) apply to INTEGER, DECIMAL and
 * DURATION; {@code pattern} (a whole-value regular expression, see {@link BoundedRegex}) to STRING;
 * {@code allowed} (1..{@value #MAX_ALLOWED} distinct values) to STRING, INTEGER and DECIMAL. A part
 * that cannot apply to the type is refused naming it ({@code constraints.pattern}, …).
 */
public record ConfigConstraints(String min, String max, String pattern, List<String> allowed) {

    public static final ConfigConstraints NONE = new ConfigConstraints(null, null, null, null);
    static final int MAX_ALLOWED = 50;
    static final int MAX_ALLOWED_LENGTH = 200;

    private static final Set<ConfigType> RANGED = EnumSet.of(ConfigType.INTEGER, ConfigType.DECIMAL, ConfigType.DURATION);
    private static final Set<ConfigType> LISTED = EnumSet.of(ConfigType.STRING, ConfigType.INTEGER, ConfigType.DECIMAL);

    public ConfigConstraints {
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    public static ConfigConstraints range(String min, String max) {
        return new ConfigConstraints(min, max, null, null);
    }

    public static ConfigConstraints oneOf(String... allowed) {
        return new ConfigConstraints(null, null, null, List.of(allowed));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Refuses a part that cannot apply to {@code type} or is itself malformed. */
    public void checkFor(ConfigType type) {
        Objects.requireNonNull(type, "type");
        if (min != null || max != null) {
            String field = min != null ? "constraints.min" : "constraints.max";
            if (!RANGED.contains(type)) {
                throw new InvalidValueException(field, "applies only to INTEGER, DECIMAL and DURATION, not " + type);
            }
            Comparable<Object> low = min == null ? null : comparable(type, "constraints.min", min);
            Comparable<Object> high = max == null ? null : comparable(type, "constraints.max", max);
            if (low != null && high != null && low.compareTo(high) > 0) {
                throw new InvalidValueException("constraints.min", "must not be greater than constraints.max");
            }
        }
        if (pattern != null) {
            if (type != ConfigType.STRING) {
                throw new InvalidValueException("constraints.pattern", "applies only to STRING, not " + type);
            }
            BoundedRegex.compile("constraints.pattern", pattern);
        }
        if (allowed != null) {
            if (!LISTED.contains(type)) {
                throw new InvalidValueException("constraints.allowed",
                        "applies only to STRING, INTEGER and DECIMAL, not " + type);
            }
            if (allowed.isEmpty() || allowed.size() > MAX_ALLOWED) {
                throw new InvalidValueException("constraints.allowed", "must list 1 to " + MAX_ALLOWED + " values");
            }
            Set<Object> seen = new LinkedHashSet<>();
            for (String each : allowed) {
                if (each == null || each.length() > MAX_ALLOWED_LENGTH) {
                    throw new InvalidValueException("constraints.allowed",
                            "must list values of at most " + MAX_ALLOWED_LENGTH + " characters");
                }
                ConfigType.requirePrintable("constraints.allowed", type, each);
                if (!seen.add(normalized(type, type.read("constraints.allowed", each)))) {
                    throw new InvalidValueException("constraints.allowed", "must not list a value twice");
                }
            }
        }
    }

    /** Refuses, naming {@code field}, a value of {@code type} (already of the right form) that breaks a part. */
    public void checkValue(ConfigType type, String field, String value) {
        Comparable<Object> read = comparable(type, field, value);
        if (min != null && read.compareTo(type.read("constraints.min", min)) < 0) {
            throw new InvalidValueException(field, "must be at least " + min + " (constraints.min)");
        }
        if (max != null && read.compareTo(type.read("constraints.max", max)) > 0) {
            throw new InvalidValueException(field, "must be at most " + max + " (constraints.max)");
        }
        if (pattern != null && !BoundedRegex.matches(field,
                BoundedRegex.compile("constraints.pattern", pattern), value)) {
            throw new InvalidValueException(field, "must match the pattern " + pattern + " (constraints.pattern)");
        }
        if (allowed != null) {
            Object normal = normalized(type, read);
            if (allowed.stream().noneMatch(a -> normalized(type, type.read("constraints.allowed", a)).equals(normal))) {
                throw new InvalidValueException(field, "must be one of " + String.join(" | ", allowed)
                        + " (constraints.allowed)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(ConfigType type, String field, String text) {
        return (Comparable<Object>) type.read(field, text);
    }

    /** 1.0 and 1.00 are one DECIMAL value. */
    private static Object normalized(ConfigType type, Comparable<?> read) {
        return type == ConfigType.DECIMAL ? ((java.math.BigDecimal) read).stripTrailingZeros() : read;
    }
}
