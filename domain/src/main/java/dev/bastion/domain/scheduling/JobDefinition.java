package dev.bastion.domain.scheduling;

import dev.bastion.domain.shared.PrintableText;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What an administrator says about a job: its name, the handler it runs with which parameters
 * (already checked against the handler's schema), when (a cron read in a time zone), how runs
 * may overlap, what a missed firing does, how long a run may take, and a description.
 */
public record JobDefinition(JobName name, HandlerKey handler, CronExpression cron, ZoneId timezone,
                            Map<String, Object> parameters, ConcurrencyPolicy concurrency, MisfirePolicy misfire,
                            JobTimeout timeout, String description) {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public JobDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(timezone, "timezone");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        Objects.requireNonNull(concurrency, "concurrency");
        Objects.requireNonNull(misfire, "misfire");
        Objects.requireNonNull(timeout, "timeout");
        description = PrintableText.optional("description", description, MAX_DESCRIPTION_LENGTH);
    }
}
