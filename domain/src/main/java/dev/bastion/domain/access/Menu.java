package dev.bastion.domain.access;

import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the menu tree: a directory, a menu (screen) or a button (action). Buttons hang
 * under menus, menus and directories under directories or at the top; an entry never moves
 * under itself or one of its descendants, and an entry with children keeps its type (they
 * would no longer fit under it).
 */
public final class Menu extends AggregateRoot {

    private final MenuId id;
    private MenuId parentId;
    private MenuDetails details;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Menu(MenuSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.parentId = s.parentId();
        this.details = Objects.requireNonNull(s.details(), "details");
        this.version = s.version();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.deletedAt = s.deletedAt();
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("a menu entry is not its own parent");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /**
     * A new entry under {@code parent} (null: the top level) whose type is {@code parentType}
     * (null at the top level).
     */
    public static Menu create(MenuId id, MenuId parent, MenuType parentType, MenuDetails details, Instant now) {
        requireFits(details.type(), parentType);
        Menu menu = new Menu(new MenuSnapshot(id, parent, details, 0, now, now, null));
        menu.record(new MenuCreated(id));
        return menu;
    }

    public static Menu reconstitute(MenuSnapshot snapshot) {
        return new Menu(snapshot);
    }

    public MenuSnapshot snapshot() {
        return new MenuSnapshot(id, parentId, details, version, createdAt, updatedAt, deletedAt);
    }

    /**
     * Replaces the details. {@code parentType} is the type of the entry's parent (null at the top
     * level); {@code hasChildren} whether entries hang under this one.
     */
    public void describe(MenuDetails newDetails, MenuType parentType, boolean hasChildren, Instant now) {
        requireNotDeleted();
        Objects.requireNonNull(newDetails, "newDetails");
        if (hasChildren && newDetails.type() != details.type()) {
            throw new ConflictException("type", "an entry with children cannot change its type");
        }
        requireFits(newDetails.type(), parentType);
        if (!newDetails.equals(details)) {
            record(new MenuChanged(id));
        }
        details = newDetails;
        touch(now);
    }

    /**
     * Moves this entry under {@code newParent} (null: the top level), whose ancestors (itself
     * included) are {@code newParentLineage}. Refused when this entry is in that lineage.
     */
    public void moveUnder(MenuId newParent, Collection<MenuId> newParentLineage, Instant now) {
        requireNotDeleted();
        if (Objects.equals(newParent, parentId)) {
            return;
        }
        if (id.equals(newParent) || newParentLineage.contains(id)) {
            throw new ConflictException("parentId", "an entry cannot move under itself or one of its descendants");
        }
        parentId = newParent;
        touch(now);
        record(new MenuChanged(id));
    }

    /** Soft delete; whether it has children or is granted by roles is the caller's check. */
    public void delete(Instant now) {
        requireNotDeleted();
        deletedAt = Objects.requireNonNull(now, "now");
        touch(now);
        record(new MenuDeleted(id));
    }

    private static void requireFits(MenuType type, MenuType parentType) {
        if (!type.fitsUnder(parentType)) {
            throw new InvalidValueException("parentId", type.placementRule());
        }
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw ConflictException.ofState("menu entry is deleted");
        }
    }

    private void touch(Instant now) {
        Objects.requireNonNull(now, "now");
        updatedAt = now.isBefore(updatedAt) ? updatedAt : now;
    }

    public MenuId id() {
        return id;
    }

    public Optional<MenuId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public MenuDetails details() {
        return details;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Menu that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Menu[" + id + ", " + details.type() + " " + details.name() + "]";
    }
}
