package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.AccessRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcAccessRepositoryTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    AccessRepository access;

    @Inject
    UserRepository users;

    private UserId newUser(String username) {
        User user = User.register(UserId.newId(), new Username(username), null, null, HASH, false, Instant.now());
        users.add(user);
        return user.id();
    }

    /** Roles have no port of their own yet: the test writes them as a later admin feature would. */
    private void role(String code, String status, boolean deleted, String... permissions) throws SQLException {
        UUID id = UuidV7.next();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.connect()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO roles (id, code, name, status, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, code);
                insert.setString(3, code);
                insert.setString(4, status);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, deleted ? now : null);
                insert.executeUpdate();
            }
            for (String permission : permissions) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO role_permissions (role_id, permission) VALUES (?, ?)")) {
                    insert.setObject(1, id);
                    insert.setString(2, permission);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void softDelete(String table, String column, String code) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET deleted_at = now() WHERE " + column + " = ?")) {
            update.setString(1, code);
            update.executeUpdate();
        }
    }

    private long assignments(UserId user) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM user_roles WHERE user_id = ?")) {
            count.setObject(1, user.value());
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aSuperAdministratorHoldsEveryPermission() {
        UserId admin = newUser("admin");

        access.assignRole(admin, "super_admin");
        UserAccess granted = access.accessOf(admin);

        assertThat(granted.roles()).containsExactly("super_admin");
        assertThat(granted.permissions().values()).containsExactly("*");
        assertThat(granted.permissions().allows(new PermissionCode("system:user:delete"))).isTrue();
    }

    @Test
    void aUserWithoutRolesHasNoAccess() {
        UserId nobody = newUser("nobody");

        assertThat(access.accessOf(nobody)).isEqualTo(UserAccess.none());
    }

    @Test
    void anUnknownUserHasNoAccess() {
        assertThat(access.accessOf(UserId.newId())).isEqualTo(UserAccess.none());
    }

    @Test
    void rolesAddUpTheirPermissionsAndAreListedSorted() throws SQLException {
        role("user_viewer", "ENABLED", false, "system:user:read", "system:role:read");
        role("auditor", "ENABLED", false, "system:user:read", "monitor:login-log:*");
        role("empty", "ENABLED", false);
        UserId grace = newUser("grace");

        access.assignRole(grace, "user_viewer");
        access.assignRole(grace, "auditor");
        access.assignRole(grace, "empty");
        UserAccess granted = access.accessOf(grace);

        assertThat(granted.roles()).containsExactly("auditor", "empty", "user_viewer");
        assertThat(granted.permissions().values())
                .containsExactly("monitor:login-log:*", "system:role:read", "system:user:read");
        assertThat(granted.permissions().allows(new PermissionCode("monitor:login-log:export"))).isTrue();
        assertThat(granted.permissions().allows(new PermissionCode("system:user:create"))).isFalse();
    }

    @Test
    void disabledRolesGrantNothing() throws SQLException {
        role("switched_off", "DISABLED", false, "system:config:update");
        role("editor", "ENABLED", false, "system:notice:update");
        UserId heidi = newUser("heidi");

        access.assignRole(heidi, "switched_off");
        access.assignRole(heidi, "editor");
        UserAccess granted = access.accessOf(heidi);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().values()).containsExactly("system:notice:update");
    }

    @Test
    void deletedRolesGrantNothingAndCannotBeAssigned() throws SQLException {
        role("retired", "ENABLED", false, "system:job:run");
        UserId ivan = newUser("ivan");
        access.assignRole(ivan, "retired");

        softDelete("roles", "code", "retired");

        assertThat(access.accessOf(ivan)).isEqualTo(UserAccess.none());
        assertThatThrownBy(() -> access.assignRole(ivan, "retired")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedUserHasNoAccess() throws SQLException {
        UserId judy = newUser("judy");
        access.assignRole(judy, "super_admin");

        softDelete("users", "username", "judy");

        assertThat(access.accessOf(judy)).isEqualTo(UserAccess.none());
    }

    @Test
    void assigningARoleTwiceChangesNothing() throws SQLException {
        UserId kim = newUser("kim");

        access.assignRole(kim, "super_admin");
        access.assignRole(kim, "super_admin");
        access.assignRole(kim, "SUPER_ADMIN");

        assertThat(assignments(kim)).isEqualTo(1);
        assertThat(access.accessOf(kim).roles()).containsExactly("super_admin");
    }

    @Test
    void anUnknownRoleCodeIsNotFound() throws SQLException {
        UserId leo = newUser("leo");

        assertThatThrownBy(() -> access.assignRole(leo, "no_such_role")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.assignRole(leo, "super_admin' OR '1'='1"))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments(leo)).isZero();
    }

    @Test
    void anUnknownUserCannotBeGivenARole() {
        assertThatThrownBy(() -> access.assignRole(UserId.newId(), "super_admin"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("user");
    }
}
