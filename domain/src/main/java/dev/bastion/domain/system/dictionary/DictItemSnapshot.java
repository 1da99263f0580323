package dev.bastion.domain.system.dictionary;

import java.time.Instant;

/** A dictionary item's whole state, for stores. */
public record DictItemSnapshot(DictItemId id, DictCode typeCode, DictItemDetails details, long version,
                               Instant createdAt, Instant updatedAt) {
}
