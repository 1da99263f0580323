package dev.bastion.application.audit;

import dev.bastion.domain.audit.OperationRecord;
import java.time.Instant;
import java.util.UUID;

final class OperationLogFixtures {

    static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private OperationLogFixtures() {
    }

    static OperationRecord record(Instant at, UUID actor, int status) {
        return OperationRecord.of(at, actor, actor, "203.0.113.7", "curl", "PUT", "/api/v1/users/{id}",
                UUID.randomUUID().toString(), "system:user", "update user", "{\"nickname\":\"x\"}", status,
                status >= 400 ? "CONFLICT" : null, 5, "req");
    }

    static OperationRecord record(int minute) {
        return record(T.plusSeconds(60L * minute), null, 200);
    }
}
