package dev.bastion.adapters.persistence.scheduling;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.CronSchedules;
import dev.bastion.domain.shared.InvalidValueException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CronSchedules} with the cron parser db-scheduler ships (cron-utils): six fields with
 * seconds first, Spring's dialect ({@code 0 30 3 * * *}, {@code 0 0 9 * * MON-FRI}), or the classic
 * five without seconds (Unix dialect). The same parser decides when a job fires, so what is
 * accepted here is what runs.
 *
 * <p>Parsed schedules are kept by expression and zone: parsing cost more than a third of a job
 * listing's CPU (each job's next firing is computed per request). A parsed schedule is immutable and
 * shared by the scheduler's threads as well; the map is emptied when it reaches its bound, so
 * previews of ever new expressions cannot grow it.
 */
@Singleton
final class CronUtilsSchedules implements CronSchedules {

    /** Distinct (expression, zone) pairs kept at most. */
    static final int MAXIMUM_PARSED = 1_000;

    private record Parsed(String text, ZoneId zone) {
    }

    private final Map<Parsed, CronSchedule> parsed = new ConcurrentHashMap<>();

    @Override
    public void requireValid(CronExpression cron) {
        schedule(cron, ZoneOffset.UTC);
    }

    @Override
    public List<Instant> next(CronExpression cron, ZoneId zone, Instant after, int count) {
        CronSchedule schedule = schedule(cron, zone);
        List<Instant> times = new ArrayList<>(count);
        // cron counts whole seconds, and the parser keeps the fraction of the moment it starts from
        Instant from = after.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            Instant next = schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(from));
            if (next == null || next.equals(Instant.MAX)) {
                break;
            }
            next = next.truncatedTo(ChronoUnit.SECONDS);
            if (!next.isAfter(from)) {
                break;
            }
            times.add(next);
            from = next;
        }
        return times;
    }

    /** The parsed schedule, from the map when it was parsed before; an invalid expression is not kept. */
    private CronSchedule schedule(CronExpression cron, ZoneId zone) {
        Parsed key = new Parsed(cron.text(), zone);
        CronSchedule known = parsed.get(key);
        if (known != null) {
            return known;
        }
        CronSchedule schedule = parse(cron, zone);
        if (parsed.size() >= MAXIMUM_PARSED) {
            parsed.clear();
        }
        parsed.put(key, schedule);
        return schedule;
    }

    private static CronSchedule parse(CronExpression cron, ZoneId zone) {
        String text = cron.text();
        int fields = text.split(" ").length;
        CronStyle style = switch (fields) {
            case 5 -> CronStyle.UNIX;
            case 6 -> CronStyle.SPRING53;
            default -> throw new InvalidValueException("cron", "must have 6 fields (second minute hour day-of-month "
                    + "month day-of-week) or 5 (without the seconds); it has " + fields);
        };
        CronSchedule schedule;
        try {
            schedule = new CronSchedule(text, zone, style);
        } catch (RuntimeException invalid) {
            throw new InvalidValueException("cron", "is not a valid cron expression: " + reason(invalid));
        }
        if (schedule.isDisabled()) {
            throw new InvalidValueException("cron", "is not a valid cron expression: '-' never fires; disable the job instead");
        }
        return schedule;
    }

    private static String reason(RuntimeException invalid) {
        String message = invalid.getMessage() == null ? invalid.getClass().getSimpleName() : invalid.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
