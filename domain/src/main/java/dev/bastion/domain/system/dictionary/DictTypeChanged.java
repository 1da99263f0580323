package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A dictionary type's name, status or remark changed (its code never does). */
public record DictTypeChanged(DictTypeId type) implements DomainEvent {

    public DictTypeChanged {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public UUID subject() {
        return type.value();
    }
}
