package dev.bastion.application.testing;

import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.CronSchedules;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link CronSchedules} for use-case tests, reading a tiny language of its own instead of cron:
 * {@code every <n>s} fires at each multiple of n seconds since the epoch (zone aside);
 * {@code daily HH:mm} fires at that local time in the job's zone; {@code once <instant>} fires
 * at that instant and never again. Anything else is refused as the real parser refuses, on
 * {@code cron} with a reason.
 */
public final class FakeCronSchedules implements CronSchedules {

    private static final Pattern EVERY = Pattern.compile("every (\\d{1,6})s");
    private static final Pattern DAILY = Pattern.compile("daily (\\d\\d:\\d\\d)");
    private static final Pattern ONCE = Pattern.compile("once (\\S+)");

    @Override
    public void requireValid(CronExpression cron) {
        next(cron, ZoneId.of("UTC"), Instant.EPOCH, 1);
    }

    @Override
    public List<Instant> next(CronExpression cron, ZoneId zone, Instant after, int count) {
        List<Instant> times = new ArrayList<>();
        Matcher every = EVERY.matcher(cron.text());
        Matcher daily = DAILY.matcher(cron.text());
        Matcher once = ONCE.matcher(cron.text());
        if (every.matches() && Long.parseLong(every.group(1)) > 0) {
            long step = Long.parseLong(every.group(1));
            long at = Math.floorDiv(after.getEpochSecond(), step) * step;
            while (times.size() < count) {
                at += step;
                times.add(Instant.ofEpochSecond(at));
            }
        } else if (daily.matches()) {
            LocalTime time = parse(daily.group(1), LocalTime::parse);
            ZonedDateTime at = ZonedDateTime.of(LocalDate.ofInstant(after, zone).minusDays(1), time, zone);
            while (times.size() < count) {
                if (at.toInstant().isAfter(after)) {
                    times.add(at.toInstant());
                }
                at = ZonedDateTime.of(at.toLocalDate().plusDays(1), time, zone);
            }
        } else if (once.matches()) {
            Instant at = parse(once.group(1), Instant::parse);
            if (at.isAfter(after) && count > 0) {
                times.add(at);
            }
        } else {
            throw new InvalidValueException("cron", "the fake parser reads 'every <n>s', 'daily HH:mm' or "
                    + "'once <instant>'; not '" + cron + "'");
        }
        return times;
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException bad) {
            throw new InvalidValueException("cron", "bad time: " + bad.getMessage());
        }
    }
}
