package dev.bastion.adapters.persistence.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code login_log}; append-only, so no version. Private to this adapter. */
@MappedEntity("login_log")
public record LoginLogRow(
        @Id UUID id,
        Instant at,
        String username,
        String ip,
        String userAgent,
        String outcome) {
}
