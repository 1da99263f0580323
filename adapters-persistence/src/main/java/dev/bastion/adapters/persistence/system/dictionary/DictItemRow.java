package dev.bastion.adapters.persistence.system.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code dict_items}; {@code tag} as the API spells it (lower case). */
@MappedEntity("dict_items")
public record DictItemRow(
        @Id UUID id,
        String typeCode,
        String label,
        String value,
        int sort,
        String status,
        @Nullable String tag,
        @MappedProperty("is_default") boolean defaultItem,
        @Nullable String remark,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}
