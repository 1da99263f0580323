package dev.bastion.domain.scheduling;

import java.time.Instant;
import java.util.Map;

/** Valid job definitions and jobs for tests that care about a few of their values only. */
final class JobFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private JobFixtures() {
    }

    static JobDefinition definition(String name) {
        return new JobDefinition(new JobName(name), new HandlerKey("audit.purge-logs"), new CronExpression("0 0 3 * * *"),
                JobTimezone.DEFAULT, Map.of("days", 30L), ConcurrencyPolicy.FORBID, MisfirePolicy.FIRE_ONCE,
                JobTimeout.DEFAULT, "Purges old logs");
    }

    static Job job(boolean enabled) {
        return Job.create(JobId.newId(), definition("Nightly purge"), enabled, NOW);
    }
}
