package dev.bastion.adapters.rest.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One execution of a job: what triggered it, when it was due, started (null for a SKIPPED firing)
 * and finished (null while RUNNING), how it ended with the handler's summary or the reason, and
 * the instance that ran it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JobExecutionResponse(String id, String jobId, ExecutionTrigger trigger, Instant scheduledAt,
                                   @Nullable Instant startedAt, @Nullable Instant finishedAt,
                                   ExecutionOutcome outcome, @Nullable String message,
                                   @Schema(description = "the server instance that ran it") String instance) {
}
