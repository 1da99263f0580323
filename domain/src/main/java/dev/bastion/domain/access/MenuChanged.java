package dev.bastion.domain.access;

import dev.bastion.domain.shared.DomainEvent;
import java.util.Objects;
import java.util.UUID;

/** A menu entry's details (permission, status, place in the tree, …) changed. */
public record MenuChanged(MenuId menu) implements DomainEvent {

    public MenuChanged {
        Objects.requireNonNull(menu, "menu");
    }

    @Override
    public UUID subject() {
        return menu.value();
    }
}
