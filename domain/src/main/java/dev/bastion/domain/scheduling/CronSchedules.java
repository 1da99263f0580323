package dev.bastion.domain.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The cron parser: whether an expression is valid, and when it fires. */
public interface CronSchedules {

    /** Refuses an expression the parser rejects: {@code InvalidValueException} on {@code cron} with the parser's reason. */
    void requireValid(CronExpression cron);

    /**
     * The first {@code count} fire times strictly after {@code after}, read in {@code zone}
     * (fewer when it stops firing: a date that never comes again).
     */
    List<Instant> next(CronExpression cron, ZoneId zone, Instant after, int count);
}
