package dev.bastion.application.testing;

import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.UserWithRoles;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link RoleHoldings} contract over an {@link InMemoryAccessStore}, for use-case tests.
 * Assigning a role or to a user that does not exist is a {@link NotFoundException}, as a missing row
 * would be (a store that knows no users takes every user for existing).
 */
public final class InMemoryRoleHoldings implements RoleHoldings {

    /** As PostgreSQL orders uuids: by their bytes, unsigned (not as {@code UUID.compareTo}, which is signed). */
    private static final Comparator<RoleId> BY_VALUE = Comparator
            .comparing((RoleId id) -> id.value().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(id -> id.value().getLeastSignificantBits(), Long::compareUnsigned);

    private final InMemoryAccessStore store;

    InMemoryRoleHoldings(InMemoryAccessStore store) {
        this.store = store;
    }

    @Override
    public List<RoleId> rolesOf(UserId user) {
        synchronized (store) {
            return store.heldBy(user).map(RoleSnapshot::id).sorted(BY_VALUE).toList();
        }
    }

    @Override
    public Optional<UserWithRoles> visibleWithRoles(UserId user, RecordScope scope) {
        synchronized (store) {
            return store.visibleUser(user, scope).map(found -> new UserWithRoles(found, rolesOf(user)));
        }
    }

    @Override
    public Page<UserWithRoles> visibleWithRoles(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        synchronized (store) {
            return store.visibleUsers(query, scope, page, sort).map(found -> new UserWithRoles(found, rolesOf(found.id())));
        }
    }

    @Override
    public Map<UserId, List<RoleId>> rolesOf(Collection<UserId> users) {
        return perUser(users, this::rolesOf);
    }

    /** Codes of all roles a user holds (enabled or not), as the real adapter lists them. */
    @Override
    public Map<UserId, List<RoleCode>> roleCodesOf(Collection<UserId> users) {
        return perUser(users, user -> store.heldBy(user).map(RoleSnapshot::code)
                .sorted(Comparator.comparing(RoleCode::value)).toList());
    }

    private <V> Map<UserId, List<V>> perUser(Collection<UserId> users, Function<UserId, List<V>> valuesOf) {
        synchronized (store) {
            Map<UserId, List<V>> found = new HashMap<>();
            users.forEach(user -> {
                List<V> values = valuesOf.apply(user);
                if (!values.isEmpty()) {
                    found.put(user, values);
                }
            });
            return found;
        }
    }

    /** Holders who exist, are not deleted and are enabled (all holders, when the store knows no users). */
    @Override
    public List<UserId> enabledHoldersOf(RoleCode code) {
        synchronized (store) {
            return store.liveRoleByCode(code.value())
                    .map(role -> store.holdersOf(role.id()).filter(store::isEnabled).toList())
                    .orElse(List.of());
        }
    }

    /** The departments of the holders the store's user repository finds; none when it knows no users. */
    @Override
    public Set<DeptId> departmentsOfHolders(RoleId role) {
        synchronized (store) {
            return store.holdersOf(role).map(store::deptOf).flatMap(Optional::stream)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public void assign(UserId user, RoleCode code) {
        synchronized (store) {
            RoleSnapshot role = store.liveRoleByCode(code.value())
                    .orElseThrow(() -> new NotFoundException("role " + code));
            if (!store.exists(user)) {
                throw new NotFoundException("user " + user);
            }
            if (store.holdingsOf(user).add(role.id())) {
                store.outbox.append(List.of(new UserRolesChanged(user)));
            }
        }
    }

    /** Every id must name a live role (the use case checks first); one that does not is a broken contract. */
    @Override
    public void replaceRolesOf(UserId user, Set<RoleId> roles) {
        synchronized (store) {
            requireLive(roles);
            Set<RoleId> held = store.holdingsOf(user);
            if (!held.equals(roles)) {
                held.clear();
                held.addAll(roles);
                store.outbox.append(List.of(new UserRolesChanged(user)));
            }
        }
    }

    @Override
    public void assignAll(Map<UserId, Set<RoleId>> rolesByUser) {
        synchronized (store) {
            rolesByUser.values().forEach(this::requireLive);
            rolesByUser.forEach((user, roles) -> store.holdingsOf(user).addAll(roles));
            store.outbox.append(rolesByUser.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> new UserRolesChanged(entry.getKey())).toList());
        }
    }

    private void requireLive(Set<RoleId> roles) {
        Set<RoleId> unknown = roles.stream().filter(id -> store.liveRole(id).isEmpty()).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such roles: " + unknown);
        }
    }
}
