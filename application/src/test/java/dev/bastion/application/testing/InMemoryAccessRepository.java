package dev.bastion.application.testing;

import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link AccessRepository} contract over an {@link InMemoryAccessStore}, for use-case tests.
 * Roles come from the store's role rows (written through {@link InMemoryAccessStore#roles()} or
 * defined here with {@link #defineRole}); assigning a role that does not exist is a
 * {@link NotFoundException}, as a missing row would be. Disabled and deleted roles grant nothing;
 * a role grants its own permissions and those of its enabled, live menu entries.
 */
public final class InMemoryAccessRepository implements AccessRepository {

    private static final Instant DEFINED_AT = Instant.EPOCH;

    private final InMemoryAccessStore store;

    InMemoryAccessRepository(InMemoryAccessStore store) {
        this.store = store;
    }

    /**
     * Defines (or redefines) an enabled role with {@code code} granting {@code permissions} by itself,
     * like the migrations' {@code role_permissions} rows. {@code super_admin} gets its fixed id
     * ({@link RoleId#SUPER_ADMIN}) and data scope ALL; any other role the data scope SELF.
     */
    public InMemoryAccessRepository defineRole(String code, String... permissions) {
        return defineRole(code, code.equals(RoleCode.SUPER_ADMIN.value()) ? DataScope.ALL : DataScope.SELF,
                permissions);
    }

    /** Defines (or redefines) an enabled role with {@code code} and {@code scope} granting {@code permissions}. */
    public InMemoryAccessRepository defineRole(String code, DataScope scope, String... permissions) {
        synchronized (store) {
            RoleId id = store.liveRoleByCode(code).map(RoleSnapshot::id)
                    .orElse(code.equals(RoleCode.SUPER_ADMIN.value()) ? RoleId.SUPER_ADMIN : RoleId.newId());
            long version = Optional.ofNullable(store.roles.get(id)).map(RoleSnapshot::version).orElse(0L);
            store.roles.put(id, new RoleSnapshot(id, new RoleCode(code),
                    new RoleDetails(code, 0, RoleStatus.ENABLED, scope, Set.of(), Set.of()), version,
                    DEFINED_AT, DEFINED_AT, null));
            store.ownPermissions.put(id, Stream.of(permissions).map(PermissionCode::new)
                    .collect(Collectors.toUnmodifiableSet()));
            return this;
        }
    }

    /** Disables the role with {@code code} behind the use cases' back (as an operator's SQL would). */
    public void disableRole(String code) {
        synchronized (store) {
            RoleSnapshot role = store.liveRoleByCode(code).orElseThrow(() -> new NotFoundException("role " + code));
            RoleDetails d = role.details();
            store.roles.put(role.id(), new RoleSnapshot(role.id(), role.code(),
                    new RoleDetails(d.name(), d.sort(), RoleStatus.DISABLED, d.dataScope(), d.deptIds(), d.menuIds()),
                    role.version() + 1, role.createdAt(), role.updatedAt(), null));
        }
    }

    /** The id of the role with {@code code}; the role must exist. */
    public UUID idOf(String code) {
        return roleIdOf(code).orElseThrow(() -> new NotFoundException("role " + code));
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
                        .filter(permission -> permission != null)
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

    private Stream<RoleSnapshot> enabledRolesOf(UserId user) {
        return store.heldBy(user).filter(role -> role.details().status() == RoleStatus.ENABLED);
    }

    @Override
    public Set<PermissionCode> permissionsGrantedBy(RoleId role) {
        synchronized (store) {
            return Set.copyOf(store.ownPermissions.getOrDefault(role, Set.of()));
        }
    }

    /** The departments of the holders the store's user repository finds; none when it knows no users. */
    @Override
    public Set<DeptId> holderDeptsOf(RoleId role) {
        synchronized (store) {
            return store.holdersOf(role).map(store::deptOf).flatMap(Optional::stream)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public void assignRole(UserId user, String roleCode) {
        synchronized (store) {
            RoleSnapshot role = store.liveRoleByCode(roleCode)
                    .orElseThrow(() -> new NotFoundException("role " + roleCode));
            if (store.holdingsOf(user).add(role.id())) {
                store.outbox.append(List.of(new UserRolesChanged(user)));
            }
        }
    }

    /** Holders who exist, are not deleted and are enabled (all holders, when the store knows no users). */
    @Override
    public List<UserId> enabledHoldersOf(String roleCode) {
        synchronized (store) {
            return store.liveRoleByCode(roleCode)
                    .map(role -> store.holdersOf(role.id()).filter(store::isEnabled).toList())
                    .orElse(List.of());
        }
    }

    @Override
    public Optional<UUID> roleIdOf(String code) {
        synchronized (store) {
            return store.liveRoleByCode(code).map(role -> role.id().value());
        }
    }

    @Override
    public List<UUID> roleIdsOf(UserId user) {
        synchronized (store) {
            return store.heldBy(user).map(role -> role.id().value()).sorted().toList();
        }
    }

    @Override
    public Set<UUID> unknownRoles(Set<UUID> roleIds) {
        synchronized (store) {
            return roleIds.stream()
                    .filter(id -> store.liveRole(new RoleId(id)).isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Every id must name a live role (the use case checks first); one that does not is a broken contract. */
    @Override
    public void replaceRoles(UserId user, Set<UUID> roleIds) {
        synchronized (store) {
            Set<UUID> unknown = unknownRoles(roleIds);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no such roles: " + unknown);
            }
            Set<RoleId> held = store.holdingsOf(user);
            Set<RoleId> wanted = roleIds.stream().map(RoleId::new).collect(Collectors.toSet());
            if (!held.equals(wanted)) {
                held.clear();
                held.addAll(wanted);
                store.outbox.append(List.of(new UserRolesChanged(user)));
            }
        }
    }

    @Override
    public Map<UserId, List<UUID>> roleIdsOf(Collection<UserId> users) {
        synchronized (store) {
            Map<UserId, List<UUID>> held = new HashMap<>();
            users.forEach(user -> {
                List<UUID> ids = roleIdsOf(user);
                if (!ids.isEmpty()) {
                    held.put(user, ids);
                }
            });
            return held;
        }
    }

    /** Codes of all roles a user holds (enabled or not), as the real adapter lists them. */
    @Override
    public Map<UserId, List<String>> roleCodesOf(Collection<UserId> users) {
        synchronized (store) {
            Map<UserId, List<String>> codes = new HashMap<>();
            users.forEach(user -> {
                List<String> held = store.heldBy(user).map(role -> role.code().value()).sorted().toList();
                if (!held.isEmpty()) {
                    codes.put(user, held);
                }
            });
            return codes;
        }
    }

    @Override
    public Map<String, UUID> roleIdsByCode(Collection<String> codes) {
        synchronized (store) {
            Map<String, UUID> found = new HashMap<>();
            codes.forEach(code -> store.liveRoleByCode(code).ifPresent(role -> found.put(code, role.id().value())));
            return found;
        }
    }

    @Override
    public void assignRoleIds(Map<UserId, Set<UUID>> roleIdsByUser) {
        synchronized (store) {
            roleIdsByUser.forEach((user, ids) -> ids.forEach(id -> store.holdingsOf(user).add(new RoleId(id))));
            store.outbox.append(roleIdsByUser.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> new UserRolesChanged(entry.getKey())).toList());
        }
    }
}
