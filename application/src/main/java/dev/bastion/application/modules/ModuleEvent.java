package dev.bastion.application.modules;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One event type a business module records: the class, and how to rebuild an event of it from its
 * subject (the outbox and the stream carry the type's name and the subject's id only, so a module's
 * events name their subject and nothing else; a listener reads what it needs).
 */
public record ModuleEvent<E extends DomainEvent>(Class<E> type, Function<UUID, E> rebuild) {

    public ModuleEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rebuild, "rebuild");
    }

    public static <E extends DomainEvent> ModuleEvent<E> of(Class<E> type, Function<UUID, E> rebuild) {
        return new ModuleEvent<>(type, rebuild);
    }
}
