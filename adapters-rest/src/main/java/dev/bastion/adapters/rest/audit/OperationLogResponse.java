package dev.bastion.adapters.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.audit.OperationOutcome;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One operation-log entry. {@code arguments} is the request body as JSON text with secrets masked
 * (cut at 16 KiB, marked), or a description of a body not logged as such; {@code hash} chains the
 * entry to {@code previousHash} (docs/api.md, "Operation log").
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OperationLogResponse(String id, Instant at, String actorId, String actorUsername, String sessionId,
                                   String clientAddress, String userAgent, String method, String route,
                                   String targetId, String module, String title, String arguments, int status,
                                   OperationOutcome outcome, String problemCode, long durationMillis,
                                   String requestId, String previousHash, String hash) {
}
