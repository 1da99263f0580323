package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.OutboxBacklog;
import dev.bastion.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** WRONG ON PURPOSE: the outbox kept by the messaging adapter, outside the change's database transaction. */
public final class RedisEventOutbox implements EventOutbox {

    @Override
    public List<UUID> append(Collection<? extends DomainEvent> events) {
        return List.of();
    }

    @Override
    public List<CommittedEvent> unpublished(Collection<UUID> ids) {
        return List.of();
    }

    @Override
    public List<CommittedEvent> claimOldest(int limit) {
        return List.of();
    }

    @Override
    public void markPublished(Collection<UUID> ids, Instant at) {
    }

    @Override
    public int purgePublishedBefore(Instant cutoff) {
        return 0;
    }

    @Override
    public OutboxBacklog backlog() {
        return OutboxBacklog.empty();
    }
}
