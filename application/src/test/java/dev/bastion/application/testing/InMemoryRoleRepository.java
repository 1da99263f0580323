package dev.bastion.application.testing;

import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link RoleRepository} contract over an {@link InMemoryAccessStore}, for use-case tests.
 * Stores snapshots, never the caller's objects. Deleted roles are invisible and do not hold their
 * code (as a unique index on {@code lower(code) WHERE deleted_at IS NULL} would behave); a stale
 * version is refused; a role is held when a user the store counts (not deleted) holds it.
 */
public final class InMemoryRoleRepository implements RoleRepository {

    private static final Comparator<RoleSnapshot> ORDER = Comparator
            .comparingInt((RoleSnapshot r) -> r.details().sort())
            .thenComparing(r -> r.code().value());

    private final InMemoryAccessStore store;

    InMemoryRoleRepository(InMemoryAccessStore store) {
        this.store = store;
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        synchronized (store) {
            return store.liveRole(id).map(Role::reconstitute);
        }
    }

    /** Filters like the real one: code prefix matched literally ignoring case, status; by sort then code. */
    @Override
    public Page<Role> find(RoleQuery query, PageRequest page) {
        synchronized (store) {
            List<RoleSnapshot> matching = store.liveRoles()
                    .filter(r -> query.codePrefix() == null
                            || r.code().value().startsWith(query.codePrefix().toLowerCase(Locale.ROOT)))
                    .filter(r -> query.status() == null || r.details().status() == query.status())
                    .sorted(ORDER)
                    .toList();
            return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(Role::reconstitute).toList(),
                    matching.size(), page);
        }
    }

    @Override
    public void add(Role role) {
        RoleSnapshot row = role.snapshot();
        synchronized (store) {
            if (row.version() != 0) {
                throw new IllegalArgumentException("a new role is at version 0, not " + row.version());
            }
            if (store.roles.containsKey(row.id())) {
                throw new IllegalStateException("role " + row.id() + " was already added");
            }
            requireUniqueCode(row);
            store.roles.put(row.id(), row);
            store.outbox.append(role.pullEvents());
        }
    }

    @Override
    public Role update(Role role) {
        RoleSnapshot changed = role.snapshot();
        synchronized (store) {
            RoleSnapshot stored = store.roles.get(changed.id());
            if (stored == null) {
                throw new NotFoundException("role " + changed.id());
            }
            if (stored.version() != changed.version() || stored.deletedAt() != null) {
                throw new VersionConflictException("role " + changed.id());
            }
            requireUniqueCode(changed);
            RoleSnapshot saved = new RoleSnapshot(changed.id(), changed.code(), changed.details(),
                    stored.version() + 1, changed.createdAt(), changed.updatedAt(), changed.deletedAt());
            store.roles.put(saved.id(), saved);
            store.outbox.append(role.pullEvents());
            return Role.reconstitute(saved);
        }
    }

    @Override
    public List<Role> findGranting(MenuId menu) {
        synchronized (store) {
            return store.liveRoles().filter(role -> role.details().menuIds().contains(menu))
                    .map(Role::reconstitute).toList();
        }
    }

    @Override
    public boolean isHeld(RoleId id) {
        synchronized (store) {
            return store.holdersOf(id).findAny().isPresent();
        }
    }

    /** Every role row ever stored, deleted ones included, in insertion order: for assertions. */
    public List<RoleSnapshot> rows() {
        synchronized (store) {
            return new ArrayList<>(store.roles.values());
        }
    }

    private void requireUniqueCode(RoleSnapshot candidate) {
        if (candidate.deletedAt() != null) {
            return;
        }
        store.liveRoles()
                .filter(other -> !other.id().equals(candidate.id()))
                .filter(other -> other.code().value().equalsIgnoreCase(candidate.code().value()))
                .findAny()
                .ifPresent(other -> {
                    throw new ConflictException("code", "code is taken");
                });
    }
}
