package dev.bastion.application.shared.events;

import dev.bastion.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link DomainEvent} whose change has committed, as the outbox keeps it: with the id that
 * makes its delivery idempotent (a listener hears each id at most once per instance) and the time
 * it was stored.
 */
public record CommittedEvent(UUID id, DomainEvent event, Instant occurredAt) {

    public CommittedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
