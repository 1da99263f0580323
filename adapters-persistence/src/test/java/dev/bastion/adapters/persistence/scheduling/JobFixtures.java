package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.MisfirePolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Jobs for the persistence tests. */
final class JobFixtures {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JobFixtures() {
    }

    static JobDefinition definition(String name, Map<String, Object> parameters) {
        return new JobDefinition(new JobName(name), new HandlerKey("smoke.record"), new CronExpression("0 * * * * *"),
                ZoneId.of("Europe/Berlin"), parameters, ConcurrencyPolicy.FORBID, MisfirePolicy.SKIP,
                new JobTimeout(Duration.ofSeconds(90)), "a job for tests");
    }

    static Job job(String name) {
        return Job.create(JobId.newId(), definition(name, Map.of("pause", "2s", "count", 3L, "loud", true)), true,
                NOW);
    }
}
