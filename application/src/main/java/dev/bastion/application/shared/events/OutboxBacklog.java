package dev.bastion.application.shared.events;

import java.time.Instant;
import java.util.Optional;

/**
 * What the outbox still holds unpublished: how many events, and when the oldest of them was
 * stored (empty when there is none). A backlog that grows, or an oldest event that gets old,
 * means the relay cannot publish (Redis away) or cannot keep up.
 */
public record OutboxBacklog(long unpublished, Optional<Instant> oldest) {

    public OutboxBacklog {
        if (unpublished < 0) {
            throw new IllegalArgumentException("unpublished must not be negative");
        }
        if ((unpublished == 0) != oldest.isEmpty()) {
            throw new IllegalArgumentException("an oldest event exactly when there is a backlog");
        }
    }

    public static OutboxBacklog empty() {
        return new OutboxBacklog(0, Optional.empty());
    }
}
