package dev.bastion.application.testing;

import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link AccessRepository} contract in maps, for use-case tests. A test first defines the
 * roles it needs ({@link #defineRole}); assigning a role that was never defined is a
 * {@link NotFoundException}, as a missing row would be. Disabled roles grant nothing.
 */
public final class InMemoryAccessRepository implements AccessRepository {

    private record Role(Set<PermissionCode> permissions, boolean enabled) {
    }

    private final Map<String, Role> roles = new HashMap<>();
    private final Map<UserId, Set<String>> assignments = new HashMap<>();

    /** Defines (or redefines) an enabled role granting {@code permissions}. */
    public synchronized InMemoryAccessRepository defineRole(String code, String... permissions) {
        roles.put(code, new Role(Stream.of(permissions).map(PermissionCode::new)
                .collect(Collectors.toUnmodifiableSet()), true));
        return this;
    }

    public synchronized void disableRole(String code) {
        Role role = roles.get(code);
        if (role == null) {
            throw new NotFoundException("role " + code);
        }
        roles.put(code, new Role(role.permissions(), false));
    }

    @Override
    public synchronized UserAccess accessOf(UserId user) {
        List<String> enabled = assignments.getOrDefault(user, Set.of()).stream()
                .filter(code -> roles.get(code).enabled())
                .sorted()
                .toList();
        Set<PermissionCode> granted = new LinkedHashSet<>();
        enabled.forEach(code -> granted.addAll(roles.get(code).permissions()));
        return new UserAccess(enabled, PermissionSet.of(granted));
    }

    @Override
    public synchronized void assignRole(UserId user, String roleCode) {
        if (!roles.containsKey(roleCode)) {
            throw new NotFoundException("role " + roleCode);
        }
        assignments.computeIfAbsent(user, id -> new LinkedHashSet<>()).add(roleCode);
    }

    /** The fake knows no user status: every holder counts as enabled. */
    @Override
    public synchronized List<UserId> enabledHoldersOf(String roleCode) {
        return assignments.entrySet().stream()
                .filter(entry -> entry.getValue().contains(roleCode))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** In the fake a role's id is derived from its code. */
    public static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public synchronized Optional<UUID> roleIdOf(String code) {
        return roles.containsKey(code) ? Optional.of(idOf(code)) : Optional.empty();
    }

    @Override
    public synchronized List<UUID> roleIdsOf(UserId user) {
        return assignments.getOrDefault(user, Set.of()).stream().map(InMemoryAccessRepository::idOf).sorted().toList();
    }

    @Override
    public synchronized Set<UUID> unknownRoles(Set<UUID> roleIds) {
        Set<UUID> known = roles.keySet().stream().map(InMemoryAccessRepository::idOf).collect(Collectors.toSet());
        return roleIds.stream().filter(id -> !known.contains(id)).collect(Collectors.toSet());
    }

    @Override
    public synchronized void replaceRoles(UserId user, Set<UUID> roleIds) {
        Set<String> codes = new LinkedHashSet<>();
        roles.keySet().stream().filter(code -> roleIds.contains(idOf(code))).forEach(codes::add);
        assignments.put(user, codes);
    }

    @Override
    public synchronized Map<UserId, List<String>> roleCodesOf(Collection<UserId> users) {
        Map<UserId, List<String>> codes = new HashMap<>();
        users.forEach(user -> {
            List<String> held = assignments.getOrDefault(user, Set.of()).stream().sorted().toList();
            if (!held.isEmpty()) {
                codes.put(user, held);
            }
        });
        return codes;
    }

    @Override
    public synchronized Map<String, UUID> roleIdsByCode(Collection<String> codes) {
        Map<String, UUID> found = new HashMap<>();
        codes.forEach(code -> roles.keySet().stream().filter(defined -> defined.equalsIgnoreCase(code)).findFirst()
                .ifPresent(defined -> found.put(code, idOf(defined))));
        return found;
    }

    @Override
    public synchronized void assignRoleIds(Map<UserId, Set<UUID>> roleIdsByUser) {
        roleIdsByUser.forEach((user, ids) -> roles.keySet().stream().filter(code -> ids.contains(idOf(code)))
                .forEach(code -> assignments.computeIfAbsent(user, id -> new LinkedHashSet<>()).add(code)));
    }
}
