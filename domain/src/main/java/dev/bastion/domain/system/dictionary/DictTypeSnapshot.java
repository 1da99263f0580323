package dev.bastion.domain.system.dictionary;

import java.time.Instant;

/** A dictionary type's whole state, for stores. */
public record DictTypeSnapshot(DictTypeId id, DictCode code, DictTypeDetails details, long version,
                               Instant createdAt, Instant updatedAt) {
}
