package dev.bastion.adapters.messaging.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventTypes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How a {@link CommittedEvent} is written as the fields of a Redis Stream entry, and read back. */
final class EventStreamEntry {

    private static final String ID = "id";
    private static final String TYPE = "type";
    private static final String SUBJECT = "subject";
    private static final String OCCURRED_AT = "occurredAt";

    private EventStreamEntry() {
    }

    static Map<String, String> fieldsOf(CommittedEvent event) {
        return Map.of(ID, event.id().toString(), TYPE, EventTypes.nameOf(event.event()),
                SUBJECT, event.event().subject().toString(), OCCURRED_AT, event.occurredAt().toString());
    }

    /** The event, or empty for an entry this version cannot read (a newer version's event type, a damaged entry). */
    static Optional<CommittedEvent> read(Map<String, String> fields) {
        try {
            UUID id = UUID.fromString(fields.get(ID));
            UUID subject = UUID.fromString(fields.get(SUBJECT));
            Instant occurredAt = Instant.parse(fields.get(OCCURRED_AT));
            return EventTypes.rebuild(fields.get(TYPE), subject)
                    .map(event -> new CommittedEvent(id, event, occurredAt));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
