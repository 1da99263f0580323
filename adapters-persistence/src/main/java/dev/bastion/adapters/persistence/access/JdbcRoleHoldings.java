package dev.bastion.adapters.persistence.access;

import java.util.HashSet;
import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.identity.VisibleUsers;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.UserWithRoles;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link RoleHoldings} on PostgreSQL: the {@code user_roles} table, joined with users and roles where they matter. */
@Singleton
final class JdbcRoleHoldings implements RoleHoldings {

    static final int PAIRS_PER_STATEMENT = 10_000;

    private final RoleRowRepository roles;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final JdbcEventOutbox outbox;
    private final VisibleUsers visibleUsers;

    JdbcRoleHoldings(RoleRowRepository roles, JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                     ConnectionOperations<Connection> connections, JdbcEventOutbox outbox, VisibleUsers visibleUsers) {
        this.outbox = outbox;
        this.visibleUsers = visibleUsers;
        this.roles = roles;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
    }

    @Override
    public Set<DeptId> departmentsOfHolders(RoleId role) {
        return roles.findHolderDepts(role.value()).stream().map(DeptId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void assign(UserId user, RoleCode roleCode) {
        UUID role = roles.findLiveIdByCode(roleCode.value())
                .orElseThrow(() -> new NotFoundException("role " + roleCode));
        if (roles.findRoleIdsOf(user.value()).contains(role)) {
            return; // held already: nothing to write, nothing to tell
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
    public List<UserId> enabledHoldersOf(RoleCode roleCode) {
        return roles.findEnabledHolders(roleCode.value()).stream().map(UserId::new).toList();
    }

    @Override
    public List<RoleId> rolesOf(UserId user) {
        return roles.findRoleIdsOf(user.value()).stream().map(RoleId::new).toList();
    }

    @Override
    public void replaceRolesOf(UserId user, Set<RoleId> roleIds) {
        Set<UUID> wanted = roleIds.stream().map(RoleId::value).collect(Collectors.toSet());
        if (new HashSet<>(roles.findRoleIdsOf(user.value())).equals(wanted)) {
            return; // unchanged: nothing to write, nothing to tell
        }
        roles.removeAllOf(user.value());
        wanted.forEach(role -> roles.assign(user.value(), role));
        outbox.append(List.of(new UserRolesChanged(user)));
    }

    @Override
    public Map<UserId, List<RoleCode>> roleCodesOf(Collection<UserId> users) {
        return perUser(users, """
                SELECT ur.user_id, r.code FROM unnest(?::uuid[]) AS wanted(id)
                  JOIN user_roles ur ON ur.user_id = wanted.id
                  JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL
                ORDER BY ur.user_id, r.code""", row -> new RoleCode(row.getString(2)));
    }

    /** One statement: the user's row with its role ids beside it (see {@link VisibleUsers}). */
    @Override
    public Optional<UserWithRoles> visibleWithRoles(UserId user, RecordScope scope) {
        return visibleUsers.findWithRoles(user, scope);
    }

    /** One statement: the page's rows, its total and each row's role ids (see {@link VisibleUsers}). */
    @Override
    public Page<UserWithRoles> visibleWithRoles(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return visibleUsers.findWithRoles(query, scope, page, sort);
    }

    @Override
    public Map<UserId, List<RoleId>> rolesOf(Collection<UserId> users) {
        return perUser(users, """
                SELECT ur.user_id, ur.role_id FROM unnest(?::uuid[]) AS wanted(id)
                  JOIN user_roles ur ON ur.user_id = wanted.id
                  JOIN roles r ON r.id = ur.role_id AND r.deleted_at IS NULL
                ORDER BY ur.user_id, ur.role_id""", row -> new RoleId(row.getObject(2, UUID.class)));
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

    /**
     * {@value #PAIRS_PER_STATEMENT} (user, role) pairs per statement, two arrays unnested side by side,
     * in the caller's transaction if there is one.
     */
    @Override
    public void assignAll(Map<UserId, Set<RoleId>> roleIdsByUser) {
        List<UUID> userIds = new ArrayList<>();
        List<UUID> roleIds = new ArrayList<>();
        roleIdsByUser.forEach((user, ids) -> ids.forEach(role -> {
            userIds.add(user.value());
            roleIds.add(role.value());
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
