package dev.bastion.adapters.rest.identity.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A live session: who, from where, since when, last seen; {@code current} marks the caller's own. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionResponse(String id, String userId, String username, String ip, String userAgent,
                              Instant loginAt, Instant lastSeenAt, Instant expiresAt, boolean current) {
}
