package dev.bastion.adapters.persistence.access;

import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import dev.bastion.adapters.persistence.shared.RowReader;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AccessRepository} on PostgreSQL: a user's roles and permissions come from one query,
 * their data scopes from another; disabled and deleted roles and menu entries, and deleted users,
 * grant nothing.
 */
@Singleton
final class JdbcAccessRepository implements AccessRepository {

    static final int PAIRS_PER_STATEMENT = 10_000;

    private final RoleRowRepository roles;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final JdbcEventOutbox outbox;

    JdbcAccessRepository(RoleRowRepository roles, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                         ConnectionOperations<Connection> connections, JdbcEventOutbox outbox) {
        this.outbox = outbox;
        this.roles = roles;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
    }

    @Override
    public RoleGrants grantsOf(UserId user) {
        List<RoleGrantRow> grants = roles.findGrantsOf(user.value());
        if (grants.isEmpty()) {
            return RoleGrants.none();
        }
        List<String> codes = grants.stream().map(RoleGrantRow::role).distinct().sorted().toList();
        PermissionSet permissions = PermissionSet.of(grants.stream()
                .map(RoleGrantRow::permission)
                .filter(Objects::nonNull)
                .map(PermissionCode::new)
                .toList());
        return new RoleGrants(codes, permissions, scopesOf(user));
    }

    /** One grant per enabled role, its CUSTOM departments gathered from the joined rows. */
    private List<ScopeGrant> scopesOf(UserId user) {
        Map<UUID, DataScope> scopes = new LinkedHashMap<>();
        Map<UUID, Set<DeptId>> depts = new HashMap<>();
        for (RoleScopeRow row : roles.findScopesOf(user.value())) {
            scopes.put(row.roleId(), DataScope.valueOf(row.dataScope()));
            if (row.deptId() != null) {
                depts.computeIfAbsent(row.roleId(), role -> new HashSet<>()).add(new DeptId(row.deptId()));
            }
        }
        List<ScopeGrant> grants = new ArrayList<>();
        scopes.forEach((role, scope) -> grants.add(new ScopeGrant(scope, depts.getOrDefault(role, Set.of()))));
        return grants;
    }

    @Override
    public Set<MenuId> menusGrantedTo(UserId user) {
        return roles.findMenusGrantedTo(user.value()).stream().map(MenuId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<PermissionCode> permissionsGrantedBy(RoleId role) {
        return roles.findOwnPermissions(role.value()).stream().map(PermissionCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<DeptId> holderDeptsOf(RoleId role) {
        return roles.findHolderDepts(role.value()).stream().map(DeptId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void assignRole(UserId user, String roleCode) {
        UUID role = roles.findLiveIdByCode(roleCode)
                .orElseThrow(() -> new NotFoundException("role " + roleCode));
        if (roles.findRoleIdsOf(user.value()).contains(role)) {
            return;
        }
        try {
            roles.assign(user.value(), role);
            outbox.append(List.of(new UserRolesChanged(user)));
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
        if (new HashSet<>(roles.findRoleIdsOf(user.value())).equals(roleIds)) {
            return; // unchanged: nothing to write, nothing to tell
        }
        roles.removeAllOf(user.value());
        roleIds.forEach(role -> roles.assign(user.value(), role));
        outbox.append(List.of(new UserRolesChanged(user)));
    }

    @Override
    public Optional<UUID> roleIdOf(String code) {
        return roles.findLiveIdByCode(code);
    }

    @Override
    public Map<UserId, List<String>> roleCodesOf(Collection<UserId> users) {
        return perUser(users, """
                SELECT ur.user_id, r.code FROM unnest(?::uuid[]) AS wanted(id)
                  JOIN user_roles ur ON ur.user_id = wanted.id
                  JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL
                ORDER BY ur.user_id, r.code""", row -> row.getString(2));
    }

    @Override
    public Map<UserId, List<UUID>> roleIdsOf(Collection<UserId> users) {
        return perUser(users, """
                SELECT ur.user_id, ur.role_id FROM unnest(?::uuid[]) AS wanted(id)
                  JOIN user_roles ur ON ur.user_id = wanted.id
                ORDER BY ur.user_id, ur.role_id""", row -> row.getObject(2, UUID.class));
    }

    /**
     * One query for all the users, driven by the array of their ids ({@code sql} takes it as its
     * one parameter and answers user id, value): each id is a lookup in the {@code user_roles}
     * primary key whatever the table's statistics say (a list of hundreds of {@code IN} parameters
     * can instead be planned as a scan of every assignment). One statement, so a connection and no
     * transaction, like {@code PagedQueries}.
     */
    private <V> Map<UserId, List<V>> perUser(Collection<UserId> users, String sql, RowReader<V> value) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Object[] ids = users.stream().map(UserId::value).toArray();
        return connections.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
            Map<UserId, List<V>> values = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.computeIfAbsent(new UserId(result.getObject(1, UUID.class)), user -> new ArrayList<>())
                            .add(value.read(result));
                }
            }
            return values;
        }));
    }

    @Override
    public Map<String, UUID> roleIdsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> byLowerCode = new HashMap<>();
        roles.findLiveByLowerCodes(codes.stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList())
                .forEach(row -> byLowerCode.put(row.code(), row.id()));
        Map<String, UUID> found = new HashMap<>();
        for (String code : codes) {
            UUID id = byLowerCode.get(code.toLowerCase(Locale.ROOT));
            if (id != null) {
                found.put(code, id);
            }
        }
        return found;
    }

    /**
     * {@value #PAIRS_PER_STATEMENT} (user, role) pairs per statement, two arrays unnested side by side,
     * in the caller's transaction if there is one.
     */
    @Override
    public void assignRoleIds(Map<UserId, Set<UUID>> roleIdsByUser) {
        List<UUID> userIds = new ArrayList<>();
        List<UUID> roleIds = new ArrayList<>();
        roleIdsByUser.forEach((user, ids) -> ids.forEach(role -> {
            userIds.add(user.value());
            roleIds.add(role);
        }));
        transactions.executeWrite(status -> {
            for (int from = 0; from < userIds.size(); from += PAIRS_PER_STATEMENT) {
                int to = Math.min(userIds.size(), from + PAIRS_PER_STATEMENT);
                assignPairs(userIds.subList(from, to), roleIds.subList(from, to));
            }
            outbox.append(roleIdsByUser.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> new UserRolesChanged(entry.getKey())).toList());
            return null;
        });
    }

    private void assignPairs(List<UUID> userIds, List<UUID> roleIds) {
        jdbc.prepareStatement("""
                INSERT INTO user_roles (user_id, role_id) SELECT * FROM unnest(?::uuid[], ?::uuid[])
                ON CONFLICT DO NOTHING""", statement -> {
            Connection connection = statement.getConnection();
            Array users = connection.createArrayOf("uuid", userIds.toArray());
            Array assigned = connection.createArrayOf("uuid", roleIds.toArray());
            statement.setArray(1, users);
            statement.setArray(2, assigned);
            return statement.executeUpdate();
        });
    }
}
