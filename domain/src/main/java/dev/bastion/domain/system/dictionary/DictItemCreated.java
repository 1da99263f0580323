package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A dictionary item was added. */
public record DictItemCreated(DictItemId item) implements DomainEvent {

    public DictItemCreated {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
