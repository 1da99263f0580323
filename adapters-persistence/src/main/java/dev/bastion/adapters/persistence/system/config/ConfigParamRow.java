package dev.bastion.adapters.persistence.system.config;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code config_params}. */
@MappedEntity("config_params")
public record ConfigParamRow(
        @Id UUID id,
        String key,
        String name,
        String type,
        String value,
        @Nullable String constraintMin,
        @Nullable String constraintMax,
        @Nullable String constraintPattern,
        @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] constraintAllowed,
        @Nullable String description,
        boolean builtIn,
        boolean overridden,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}
