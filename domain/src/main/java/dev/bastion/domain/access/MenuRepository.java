package dev.bastion.domain.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The menu tree (deleted entries are invisible). */
public interface MenuRepository {

    Optional<Menu> findById(MenuId id);

    /** Every entry, in no particular order. */
    List<Menu> findAll();

    /** {@code id} and its ancestors up to the top level, nearest first; empty for an unknown id. */
    List<MenuId> lineage(MenuId id);

    boolean hasChildren(MenuId id);

    /** Whether any role (not deleted) grants the entry. */
    boolean isGranted(MenuId id);

    /** Of {@code ids}, those that name no entry. */
    Set<MenuId> unknown(Set<MenuId> ids);

    /** Stores a new entry; a permission its siblings already carry is a conflict on {@code permission}. */
    void add(Menu menu);

    /** Stores an entry read earlier; a stale version is a {@code VersionConflictException}. */
    Menu update(Menu menu);
}
