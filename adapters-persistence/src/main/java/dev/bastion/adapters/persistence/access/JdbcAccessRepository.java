package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AccessRepository} on PostgreSQL: a user's roles and permissions come from one query;
 * disabled and deleted roles, and deleted users, grant nothing.
 */
@Singleton
final class JdbcAccessRepository implements AccessRepository {

    private final RoleRowRepository roles;

    JdbcAccessRepository(RoleRowRepository roles) {
        this.roles = roles;
    }

    @Override
    public UserAccess accessOf(UserId user) {
        List<RoleGrantRow> grants = roles.findGrantsOf(user.value());
        if (grants.isEmpty()) {
            return UserAccess.none();
        }
        List<String> codes = grants.stream().map(RoleGrantRow::role).distinct().sorted().toList();
        PermissionSet permissions = PermissionSet.of(grants.stream()
                .map(RoleGrantRow::permission)
                .filter(Objects::nonNull)
                .map(PermissionCode::new)
                .toList());
        return new UserAccess(codes, permissions);
    }

    @Override
    public void assignRole(UserId user, String roleCode) {
        UUID role = roles.findLiveIdByCode(roleCode)
                .orElseThrow(() -> new NotFoundException("role " + roleCode));
        try {
            roles.assign(user.value(), role);
        } catch (DataAccessException e) {
            throw ForeignKeyViolation.constraintOf(e)
                    .<RuntimeException>map(constraint -> switch (constraint) {
                        case "user_roles_user_id_fkey" -> new NotFoundException("user " + user);
                        case "user_roles_role_id_fkey" -> new NotFoundException("role " + roleCode);
                        default -> e;
                    })
                    .orElse(e);
        }
    }

    @Override
    public List<UserId> enabledHoldersOf(String roleCode) {
        return roles.findEnabledHolders(roleCode).stream().map(UserId::new).toList();
    }

    @Override
    public List<UUID> roleIdsOf(UserId user) {
        return roles.findRoleIdsOf(user.value());
    }

    @Override
    public Set<UUID> unknownRoles(Set<UUID> roleIds) {
        if (roleIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> unknown = new HashSet<>(roleIds);
        roles.findLiveIds(roleIds).forEach(unknown::remove);
        return unknown;
    }

    @Override
    public void replaceRoles(UserId user, Set<UUID> roleIds) {
        roles.removeAllOf(user.value());
        roleIds.forEach(role -> roles.assign(user.value(), role));
    }

    @Override
    public Optional<UUID> roleIdOf(String code) {
        return roles.findLiveIdByCode(code);
    }
}
