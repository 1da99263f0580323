package dev.bastion.domain.system.dictionary;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A dictionary item's details changed (its type never does). */
public record DictItemChanged(DictItemId item) implements DomainEvent {

    public DictItemChanged {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public UUID subject() {
        return item.value();
    }
}
