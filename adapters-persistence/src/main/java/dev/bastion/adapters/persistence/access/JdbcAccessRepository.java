package dev.bastion.adapters.persistence.access;

import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.adapters.persistence.shared.Sql;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link AccessRepository} on PostgreSQL. A user's access is read in one query: their enabled,
 * not deleted roles joined with what each grants.
 */
@Singleton
final class JdbcAccessRepository implements AccessRepository {

    static final String ACCESS_OF = """
            SELECT r.code, rp.permission
              FROM user_roles ur
              JOIN roles r ON r.id = ur.role_id AND r.status = 'ENABLED' AND r.deleted_at IS NULL
              LEFT JOIN role_permissions rp ON rp.role_id = r.id
             WHERE ur.user_id = ?
            """;
    static final String ASSIGN = """
            INSERT INTO user_roles (user_id, role_id)
            SELECT ?, id FROM roles WHERE lower(code) = lower(?) AND deleted_at IS NULL
            ON CONFLICT DO NOTHING
            """;
    static final String ROLE_EXISTS = "SELECT 1 FROM roles WHERE lower(code) = lower(?) AND deleted_at IS NULL";

    private final Sql sql;

    JdbcAccessRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public UserAccess accessOf(UserId user) {
        Set<String> roles = new TreeSet<>();
        List<PermissionCode> permissions = new ArrayList<>();
        sql.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ACCESS_OF)) {
                query.setObject(1, user.value());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        roles.add(rows.getString(1));
                        String permission = rows.getString(2);
                        if (permission != null) {
                            permissions.add(new PermissionCode(permission));
                        }
                    }
                }
            }
            return null;
        });
        return new UserAccess(List.copyOf(roles), PermissionSet.of(permissions));
    }

    @Override
    public void assignRole(UserId user, String roleCode) {
        boolean roleExists = sql.write(connection -> {
            try (PreparedStatement assign = connection.prepareStatement(ASSIGN)) {
                assign.setObject(1, user.value());
                assign.setString(2, roleCode);
                if (assign.executeUpdate() > 0) {
                    return true;
                }
            }
            try (PreparedStatement exists = connection.prepareStatement(ROLE_EXISTS)) {
                exists.setString(1, roleCode);
                try (ResultSet found = exists.executeQuery()) {
                    return found.next();
                }
            }
        });
        if (!roleExists) {
            throw new NotFoundException("role " + roleCode);
        }
    }
}
