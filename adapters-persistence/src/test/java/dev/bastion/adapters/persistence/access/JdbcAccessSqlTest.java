package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the contracts cannot say: rows written behind the ports (own permissions, menu links, scopes), foreign keys. */
@MicronautTest(startApplication = false, transactional = false)
class JdbcAccessSqlTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    AccessGrants grants;
    @Inject
    RoleHoldings holdings;
    @Inject
    RoleLookup roleLookup;

    @Inject
    UserRepository users;

    private UserId newUser(String username) {
        User user = User.register(UserId.newId(), new Username(username), null, null, HASH, false, Instant.now());
        users.add(user);
        return user.id();
    }

    /** Roles with permissions of their own (as only super_admin has) are written directly. */
    private UUID role(String code, String status, boolean deleted, String... permissions) throws SQLException {
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
        return id;
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

        holdings.assign(admin, new RoleCode("super_admin"));
        RoleGrants granted = grants.grantsOf(admin);

        assertThat(granted.roles()).containsExactly("super_admin");
        assertThat(granted.permissions().values()).containsExactly("*");
        assertThat(granted.permissions().allows(new PermissionCode("system:user:delete"))).isTrue();
    }

    @Test
    void aUserWithoutRolesHasNoAccess() {
        UserId nobody = newUser("nobody");

        assertThat(grants.grantsOf(nobody)).isEqualTo(RoleGrants.none());
    }

    @Test
    void anUnknownUserHasNoAccess() {
        assertThat(grants.grantsOf(UserId.newId())).isEqualTo(RoleGrants.none());
    }

    @Test
    void rolesAddUpTheirPermissionsAndAreListedSorted() throws SQLException {
        role("user_viewer", "ENABLED", false, "system:user:read", "system:role:read");
        role("auditor", "ENABLED", false, "system:user:read", "monitor:login-log:*");
        role("empty", "ENABLED", false);
        UserId grace = newUser("grace");

        holdings.assign(grace, new RoleCode("user_viewer"));
        holdings.assign(grace, new RoleCode("auditor"));
        holdings.assign(grace, new RoleCode("empty"));
        RoleGrants granted = grants.grantsOf(grace);

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

        holdings.assign(heidi, new RoleCode("switched_off"));
        holdings.assign(heidi, new RoleCode("editor"));
        RoleGrants granted = grants.grantsOf(heidi);

        assertThat(granted.roles()).containsExactly("editor");
        assertThat(granted.permissions().values()).containsExactly("system:notice:update");
    }

    @Test
    void deletedRolesGrantNothingAndCannotBeAssigned() throws SQLException {
        role("retired", "ENABLED", false, "system:job:run");
        UserId ivan = newUser("ivan");
        holdings.assign(ivan, new RoleCode("retired"));

        softDelete("roles", "code", "retired");

        assertThat(grants.grantsOf(ivan)).isEqualTo(RoleGrants.none());
        assertThatThrownBy(() -> holdings.assign(ivan, new RoleCode("retired"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedUserHasNoAccess() throws SQLException {
        UserId judy = newUser("judy");
        holdings.assign(judy, new RoleCode("super_admin"));

        softDelete("users", "username", "judy");

        assertThat(grants.grantsOf(judy)).isEqualTo(RoleGrants.none());
    }

    @Test
    void assigningARoleTwiceChangesNothing() throws SQLException {
        UserId kim = newUser("kim");

        holdings.assign(kim, RoleCode.SUPER_ADMIN);
        holdings.assign(kim, RoleCode.SUPER_ADMIN);

        assertThat(assignments(kim)).isEqualTo(1);
        assertThat(grants.grantsOf(kim).roles()).containsExactly("super_admin");
    }

    @Test
    void anUnknownRoleCodeIsNotFound() throws SQLException {
        UserId leo = newUser("leo");

        assertThatThrownBy(() -> holdings.assign(leo, new RoleCode("no_such_role"))).isInstanceOf(NotFoundException.class);
        assertThat(assignments(leo)).isZero();
    }

    @Test
    void anUnknownUserCannotBeGivenARole() {
        assertThatThrownBy(() -> holdings.assign(UserId.newId(), new RoleCode("super_admin")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("user");
    }

    @Test
    void menuEntriesGrantTheirPermissionsWhileEnabledAndLive() throws SQLException {
        UUID role = role("navigator", "ENABLED", false);
        UUID users = UUID.fromString("01936f6e-0000-7000-8000-000000000101");
        UUID createUser = UUID.fromString("01936f6e-0000-7000-8000-000000000111");
        UUID deleteUser = UUID.fromString("01936f6e-0000-7000-8000-000000000113");
        link(role, users, createUser, deleteUser);
        execute("UPDATE menus SET status = 'DISABLED' WHERE id = '" + deleteUser + "'");
        UserId mona = newUser("mona");
        holdings.assign(mona, new RoleCode("navigator"));

        assertThat(grants.grantsOf(mona).permissions().values())
                .containsExactly("system:user:create", "system:user:list");
        assertThat(grants.menusGrantedTo(mona)).extracting(MenuId::value)
                .containsExactlyInAnyOrder(users, createUser, deleteUser);

        execute("UPDATE menus SET deleted_at = now() WHERE id = '" + createUser + "'");
        assertThat(grants.grantsOf(mona).permissions().values()).containsExactly("system:user:list");
    }

    @Test
    void eachEnabledRoleGivesItsDataScopeWithTheDepartmentsOfACustomOne() throws SQLException {
        UUID custom = role("regional", "ENABLED", false);
        role("own_team", "ENABLED", false);
        role("off_duty", "DISABLED", false);
        execute("UPDATE roles SET data_scope = 'CUSTOM' WHERE code = 'regional'");
        execute("UPDATE roles SET data_scope = 'DEPT_AND_CHILDREN' WHERE code = 'own_team'");
        execute("UPDATE roles SET data_scope = 'ALL' WHERE code = 'off_duty'");
        UUID north = department("North");
        UUID south = department("South");
        execute("INSERT INTO role_depts (role_id, dept_id) VALUES ('" + custom + "', '" + north + "'), ('"
                + custom + "', '" + south + "')");
        UserId nina = newUser("nina");
        holdings.assign(nina, new RoleCode("regional"));
        holdings.assign(nina, new RoleCode("own_team"));
        holdings.assign(nina, new RoleCode("off_duty"));

        assertThat(grants.grantsOf(nina).scopes()).containsExactlyInAnyOrder(
                new ScopeGrant(DataScope.CUSTOM, Set.of(new DeptId(north), new DeptId(south))),
                ScopeGrant.of(DataScope.DEPT_AND_CHILDREN));
    }

    private void link(UUID role, UUID... menus) throws SQLException {
        for (UUID menu : menus) {
            execute("INSERT INTO role_menus (role_id, menu_id) VALUES ('" + role + "', '" + menu + "')");
        }
    }

    private UUID department(String name) throws SQLException {
        UUID id = UuidV7.next();
        execute("INSERT INTO departments (id, parent_id, name, status, created_at, updated_at) VALUES ('" + id
                + "', '" + DeptId.ROOT + "', '" + name + "', 'ENABLED', now(), now())");
        return id;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void theRolesOfManyUsersComeInOneAnswer() {
        UserId olga = newUser("olga");
        UserId pete = newUser("pete");
        UserId none = newUser("quinn");
        RoleId superAdmin = roleLookup.idOf(RoleCode.SUPER_ADMIN).orElseThrow();
        RoleId user = roleLookup.idOf(new RoleCode("user")).orElseThrow();
        holdings.replaceRolesOf(olga, Set.of(superAdmin, user));
        holdings.replaceRolesOf(pete, Set.of(user));

        java.util.Map<UserId, java.util.List<RoleId>> held = holdings.rolesOf(java.util.List.of(olga, pete, none));

        assertThat(held).containsOnlyKeys(olga, pete);
        assertThat(held.get(olga)).containsExactlyElementsOf(holdings.rolesOf(olga));
        assertThat(held.get(pete)).containsExactly(user);
        assertThat(holdings.rolesOf(java.util.List.<UserId>of())).isEmpty();
    }

    @Test
    void aRolesOwnPermissionsAreThoseNotGrantedThroughMenuEntries() throws SQLException {
        UUID auditor = role("own_grants", "ENABLED", false, "monitor:login-log:list", "monitor:session:*");

        assertThat(grants.permissionsGrantedBy(new RoleId(auditor))).containsExactlyInAnyOrder(
                new PermissionCode("monitor:login-log:list"), new PermissionCode("monitor:session:*"));
        assertThat(grants.permissionsGrantedBy(RoleId.SUPER_ADMIN)).containsExactly(PermissionCode.ALL);
        assertThat(grants.permissionsGrantedBy(roleLookup.idOf(new RoleCode("admin")).orElseThrow()))
                .as("admin grants through menu entries only").isEmpty();
        assertThat(grants.permissionsGrantedBy(RoleId.newId())).isEmpty();
    }

    @Test
    void theDepartmentsOfARolesLiveHoldersAreKnown() throws SQLException {
        UUID role = role("dept_holders", "ENABLED", false);
        UUID north = department("Holders North");
        User inNorth = User.register(UserId.newId(), new Username("northerner"), null, null, null,
                new DeptId(north), HASH, false, Instant.now());
        users.add(inNorth);
        UserId atRoot = newUser("rooted");
        UserId leaving = newUser("leaving");
        holdings.assign(inNorth.id(), new RoleCode("dept_holders"));
        holdings.assign(atRoot, new RoleCode("dept_holders"));
        holdings.assign(leaving, new RoleCode("dept_holders"));
        softDelete("users", "username", "leaving");

        assertThat(holdings.departmentsOfHolders(new RoleId(role))).containsExactlyInAnyOrder(new DeptId(north), DeptId.ROOT);
        assertThat(holdings.departmentsOfHolders(RoleId.newId())).isEmpty();
    }
}
