package dev.bastion.adapters.rest.audit;

import dev.bastion.domain.audit.LoginOutcome;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoginLogResponse(String id, Instant at, String username, String ip, String userAgent,
                               LoginOutcome outcome) {
}
