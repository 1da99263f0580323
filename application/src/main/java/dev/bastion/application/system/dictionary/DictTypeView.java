package dev.bastion.application.system.dictionary;

import dev.bastion.domain.system.dictionary.DictCode;
import dev.bastion.domain.system.dictionary.DictStatus;
import dev.bastion.domain.system.dictionary.DictType;
import dev.bastion.domain.system.dictionary.DictTypeId;
import java.time.Instant;

/** A dictionary type as read; {@code remark} may be null. */
public record DictTypeView(DictTypeId id, DictCode code, String name, DictStatus status, String remark,
                           long version, Instant createdAt, Instant updatedAt) {

    public static DictTypeView of(DictType type) {
        return new DictTypeView(type.id(), type.code(), type.details().name(), type.details().status(),
                type.details().remark(), type.version(), type.createdAt(), type.updatedAt());
    }
}
