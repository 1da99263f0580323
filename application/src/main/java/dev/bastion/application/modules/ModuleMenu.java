package dev.bastion.application.modules;

import java.util.Objects;
import java.util.UUID;

/**
 * One menu entry a module seeds: as {@code POST /menus} takes it, with a fixed id (so a second start
 * finds it and leaves it, and an operator's edits stay). {@code parentId} null: a root entry.
 * {@code type} is DIRECTORY, MENU or BUTTON.
 */
public record ModuleMenu(UUID id, UUID parentId, String name, String type, String path, String component,
                         String permission, String icon, int sort) {

    public ModuleMenu {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
