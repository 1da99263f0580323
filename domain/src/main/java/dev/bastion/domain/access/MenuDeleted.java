package dev.bastion.domain.access;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A menu entry was deleted. */
public record MenuDeleted(MenuId menu) implements DomainEvent {

    public MenuDeleted {
        Objects.requireNonNull(menu, "menu");
    }

    @Override
    public UUID subject() {
        return menu.value();
    }
}
