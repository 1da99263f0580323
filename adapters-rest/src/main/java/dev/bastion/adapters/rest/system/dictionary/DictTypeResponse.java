package dev.bastion.adapters.rest.system.dictionary;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bastion.domain.system.dictionary.DictStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A dictionary type as read: the fields of its body plus id, version and times. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DictTypeResponse(String id, String code, String name, DictStatus status, @Nullable String remark,
                               long version, Instant createdAt, Instant updatedAt) {
}
