package dev.bastion.application.testing;

import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuSnapshot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link MenuRepository} contract over an {@link InMemoryAccessStore}, for use-case tests.
 * Stores snapshots, never the caller's objects. Deleted entries are invisible (to lookups, to the
 * tree, to {@link #unknown}) and do not hold their permission; two live siblings never carry the
 * same permission (a conflict on {@code permission}, as a unique index on
 * {@code (parent_id, permission) WHERE deleted_at IS NULL} would refuse); a stale version is
 * refused. An entry is granted when a live role lists it.
 */
public final class InMemoryMenuRepository implements MenuRepository {

    private final InMemoryAccessStore store;

    InMemoryMenuRepository(InMemoryAccessStore store) {
        this.store = store;
    }

    @Override
    public Optional<Menu> findById(MenuId id) {
        synchronized (store) {
            return store.liveMenu(id).map(Menu::reconstitute);
        }
    }

    @Override
    public List<Menu> findAll() {
        synchronized (store) {
            return store.liveMenus().map(Menu::reconstitute).toList();
        }
    }

    @Override
    public List<MenuId> lineage(MenuId id) {
        synchronized (store) {
            List<MenuId> lineage = new ArrayList<>();
            for (Optional<MenuSnapshot> at = store.liveMenu(id); at.isPresent();
                 at = at.get().parentId() == null ? Optional.empty() : store.liveMenu(at.get().parentId())) {
                lineage.add(at.get().id());
            }
            return lineage;
        }
    }

    @Override
    public boolean hasChildren(MenuId id) {
        synchronized (store) {
            return store.liveMenus().anyMatch(menu -> id.equals(menu.parentId()));
        }
    }

    @Override
    public boolean isGranted(MenuId id) {
        synchronized (store) {
            return store.liveRoles().anyMatch(role -> role.details().menuIds().contains(id));
        }
    }

    @Override
    public Set<MenuId> unknown(Set<MenuId> ids) {
        synchronized (store) {
            return ids.stream().filter(id -> store.liveMenu(id).isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public void add(Menu menu) {
        MenuSnapshot row = menu.snapshot();
        synchronized (store) {
            if (row.version() != 0) {
                throw new IllegalArgumentException("a new menu entry is at version 0, not " + row.version());
            }
            if (store.menus.containsKey(row.id())) {
                throw new IllegalStateException("menu entry " + row.id() + " was already added");
            }
            requireUniquePermission(row);
            store.menus.put(row.id(), row);
            store.outbox.append(menu.pullEvents());
        }
    }

    @Override
    public Menu update(Menu menu) {
        MenuSnapshot changed = menu.snapshot();
        synchronized (store) {
            MenuSnapshot stored = store.menus.get(changed.id());
            if (stored == null) {
                throw new NotFoundException("menu " + changed.id());
            }
            if (stored.version() != changed.version() || stored.deletedAt() != null) {
                throw new VersionConflictException("menu " + changed.id());
            }
            requireUniquePermission(changed);
            MenuSnapshot saved = new MenuSnapshot(changed.id(), changed.parentId(), changed.details(),
                    stored.version() + 1, changed.createdAt(), changed.updatedAt(), changed.deletedAt());
            store.menus.put(saved.id(), saved);
            store.outbox.append(menu.pullEvents());
            return Menu.reconstitute(saved);
        }
    }

    /** Every entry ever stored, deleted ones included, in insertion order: for assertions. */
    public List<MenuSnapshot> rows() {
        synchronized (store) {
            return new ArrayList<>(store.menus.values());
        }
    }

    private void requireUniquePermission(MenuSnapshot candidate) {
        if (candidate.deletedAt() != null || candidate.details().permission() == null) {
            return;
        }
        store.liveMenus()
                .filter(other -> !other.id().equals(candidate.id()))
                .filter(other -> Objects.equals(other.parentId(), candidate.parentId()))
                .filter(other -> candidate.details().permission().equals(other.details().permission()))
                .findAny()
                .ifPresent(other -> {
                    throw new ConflictException("permission", "a sibling already carries " + other.details().permission());
                });
    }
}
