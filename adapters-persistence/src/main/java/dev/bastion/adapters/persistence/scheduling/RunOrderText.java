package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.application.scheduling.RunOrder;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobId;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@link RunOrder} as a {@code job-run} task row holds it: the execution id is the task instance,
 * the rest is the data {@code <job id>|<trigger>|<due epoch millis>}. Read strictly: a row that does
 * not parse is refused, never guessed at.
 */
final class RunOrderText {

    private RunOrderText() {
    }

    static String data(RunOrder order) {
        return order.job().value() + "|" + order.trigger().name() + "|" + order.scheduledAt().toEpochMilli();
    }

    static RunOrder read(String instance, String data) {
        String[] parts = data == null ? new String[0] : data.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a job-run task's data is <job>|<trigger>|<millis>, not " + data);
        }
        return new RunOrder(new JobExecutionId(UUID.fromString(instance)), new JobId(UUID.fromString(parts[0])),
                ExecutionTrigger.valueOf(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }
}
