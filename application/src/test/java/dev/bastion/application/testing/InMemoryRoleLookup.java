package dev.bastion.application.testing;

import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.RoleSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@link RoleLookup} contract over an {@link InMemoryAccessStore}'s live roles, for use-case tests. */
public final class InMemoryRoleLookup implements RoleLookup {

    private final InMemoryAccessStore store;

    InMemoryRoleLookup(InMemoryAccessStore store) {
        this.store = store;
    }

    @Override
    public Optional<RoleId> idOf(RoleCode code) {
        synchronized (store) {
            return store.liveRoleByCode(code.value()).map(RoleSnapshot::id);
        }
    }

    @Override
    public Map<RoleCode, RoleId> idsOf(Collection<RoleCode> codes) {
        synchronized (store) {
            Map<RoleCode, RoleId> found = new HashMap<>();
            codes.forEach(code -> idOf(code).ifPresent(id -> found.put(code, id)));
            return found;
        }
    }

    @Override
    public Set<RoleId> unknown(Set<RoleId> ids) {
        synchronized (store) {
            return ids.stream().filter(id -> store.liveRole(id).isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
    }
}
