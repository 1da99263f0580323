package dev.bastion.application.scheduling;

import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.MisfirePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A job as its administrators read it, with when it fires next (null when disabled or never again). */
public record JobView(JobId id, String name, String handler, String cron, String timezone,
                      Map<String, Object> parameters, boolean enabled, ConcurrencyPolicy concurrency,
                      MisfirePolicy misfire, Duration timeout, String description, Instant nextFireAt, long version,
                      Instant createdAt, Instant updatedAt) {

    public static JobView of(Job job, Instant nextFireAt) {
        JobDefinition d = job.definition();
        return new JobView(job.id(), d.name().value(), d.handler().value(), d.cron().text(), d.timezone().getId(),
                d.parameters(), job.enabled(), d.concurrency(), d.misfire(), d.timeout().value(), d.description(),
                nextFireAt, job.version(), job.createdAt(), job.updatedAt());
    }
}
