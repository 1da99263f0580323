package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A dictionary type was added. */
public record DictTypeCreated(DictTypeId type) implements DomainEvent {

    public DictTypeCreated {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public UUID subject() {
        return type.value();
    }
}
