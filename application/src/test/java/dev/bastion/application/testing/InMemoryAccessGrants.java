package dev.bastion.application.testing;

import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link AccessGrants} contract over an {@link InMemoryAccessStore}, for use-case tests. Disabled
 * and deleted roles grant nothing; a role grants its own permissions (see
 * {@link InMemoryAccessStore#defineRole}) and those of its enabled, live menu entries.
 */
public final class InMemoryAccessGrants implements AccessGrants {

    private final InMemoryAccessStore store;

    InMemoryAccessGrants(InMemoryAccessStore store) {
        this.store = store;
    }

    @Override
    public RoleGrants grantsOf(UserId user) {
        synchronized (store) {
            List<RoleSnapshot> enabled = enabledRolesOf(user).toList();
            List<String> codes = enabled.stream().map(role -> role.code().value()).distinct().sorted().toList();
            Set<PermissionCode> permissions = new HashSet<>();
            for (RoleSnapshot role : enabled) {
                permissions.addAll(store.ownPermissions.getOrDefault(role.id(), Set.of()));
                role.details().menuIds().stream()
                        .map(store::liveMenu)
                        .flatMap(Optional::stream)
                        .filter(menu -> menu.details().status() == MenuStatus.ENABLED)
                        .map(menu -> menu.details().permission())
                        .filter(Objects::nonNull)
                        .forEach(permissions::add);
            }
            List<ScopeGrant> scopes = enabled.stream()
                    .map(role -> new ScopeGrant(role.details().dataScope(), role.details().deptIds()))
                    .toList();
            return new RoleGrants(codes, PermissionSet.of(permissions), scopes);
        }
    }

    @Override
    public Set<MenuId> menusGrantedTo(UserId user) {
        synchronized (store) {
            return enabledRolesOf(user)
                    .flatMap(role -> role.details().menuIds().stream())
                    .filter(menu -> store.liveMenu(menu).isPresent())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public Set<PermissionCode> permissionsGrantedBy(RoleId role) {
        synchronized (store) {
            return Set.copyOf(store.ownPermissions.getOrDefault(role, Set.of()));
        }
    }

    private Stream<RoleSnapshot> enabledRolesOf(UserId user) {
        return store.heldBy(user).filter(role -> role.details().status() == RoleStatus.ENABLED);
    }
}
