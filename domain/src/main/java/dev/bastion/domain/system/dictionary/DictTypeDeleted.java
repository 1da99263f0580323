package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A dictionary type was deleted. */
public record DictTypeDeleted(DictTypeId type) implements DomainEvent {

    public DictTypeDeleted {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public UUID subject() {
        return type.value();
    }
}
