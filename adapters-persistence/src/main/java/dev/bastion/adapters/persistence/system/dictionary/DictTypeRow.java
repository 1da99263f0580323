package dev.bastion.adapters.persistence.system.dictionary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code dict_types}. */
@MappedEntity("dict_types")
public record DictTypeRow(
        @Id UUID id,
        String code,
        String name,
        String status,
        @Nullable String remark,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}
