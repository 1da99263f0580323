package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.PrintableText;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The time zone a job's cron is read in: a region ({@code Europe/Berlin}) or an offset; UTC when not given. */
public final class JobTimezone {

    /** The region {@code UTC} rather than the offset {@code Z}, so a job given no zone reads back as "UTC". */
    public static final ZoneId DEFAULT = ZoneId.of("UTC");

    private JobTimezone() {
    }

    public static ZoneId parse(String text) {
        if (text == null) {
            return DEFAULT;
        }
        String name = PrintableText.required("timezone", text, 64).strip();
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            throw new InvalidValueException("timezone", "is not a known time zone (like UTC or Europe/Berlin): "
                    + unknown.getMessage());
        }
    }
}
