package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.CronSchedules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CronSchedules} that knows two expressions: {@link #EVERY_MINUTE} fires at every whole
 * minute, {@link #NEVER} (a date long past) never again. Enough for the runner, which only asks.
 */
final class EveryMinuteCron implements CronSchedules {

    static final CronExpression EVERY_MINUTE = new CronExpression("0 * * * * *");
    static final CronExpression NEVER = new CronExpression("0 0 0 1 1 * 1999");

    @Override
    public void requireValid(CronExpression cron) {
        if (!cron.equals(EVERY_MINUTE) && !cron.equals(NEVER)) {
            throw new IllegalArgumentException("this fake knows only two expressions: " + cron);
        }
    }

    @Override
    public List<Instant> next(CronExpression cron, ZoneId zone, Instant after, int count) {
        requireValid(cron);
        List<Instant> times = new ArrayList<>();
        if (cron.equals(NEVER)) {
            return times;
        }
        Instant next = after.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        for (int i = 0; i < count; i++) {
            times.add(next);
            next = next.plus(1, ChronoUnit.MINUTES);
        }
        return times;
    }
}
