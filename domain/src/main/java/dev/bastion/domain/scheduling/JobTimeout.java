package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.Objects;

/** How long one run may take before it is cancelled and recorded TIMED_OUT: more than zero, at most a day. */
public record JobTimeout(Duration value) {

    public static final Duration MAX = Duration.ofDays(1);
    public static final JobTimeout DEFAULT = new JobTimeout(Duration.ofHours(1));

    public JobTimeout {
        Objects.requireNonNull(value, "value");
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException("timeout", "must be more than zero");
        }
        if (value.compareTo(MAX) > 0) {
            throw new InvalidValueException("timeout", "must be at most a day (PT24H)");
        }
    }

    /** {@code text} as ISO-8601 ({@code PT30S}) or a number with a unit ({@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}). */
    public static JobTimeout parse(String text) {
        return new JobTimeout(TextDuration.parse("timeout", text));
    }
}
