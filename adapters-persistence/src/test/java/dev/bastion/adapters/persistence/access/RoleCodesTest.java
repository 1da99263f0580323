package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles by code, many users at a time: what export (codes of users) and import (ids of codes) need. */
@MicronautTest(startApplication = false, transactional = false)
class RoleCodesTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    @Inject
    AccessGrants grants;
    @Inject
    RoleHoldings holdings;
    @Inject
    RoleLookup roleLookup;
    @Inject
    UserRepository users;

    private RoleId editor;
    private RoleId viewer;
    private RoleId retired;

    private UserId newUser(String username) {
        User user = User.register(UserId.newId(), new Username(username), null, null, HASH, false, Instant.now());
        users.add(user);
        return user.id();
    }

    /** Roles have no port of their own yet: the test writes them as a later admin feature would. */
    private UUID role(String code, String status, boolean deleted) throws SQLException {
        UUID id = UuidV7.next();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement(
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
        return id;
    }

    @BeforeAll
    void roles() throws SQLException {
        editor = new RoleId(role("editor", "ENABLED", false));
        viewer = new RoleId(role("viewer", "DISABLED", false));
        retired = new RoleId(role("retired", "ENABLED", true));
    }

    @Test
    void theCodesOfManyUsersAreReadTogetherSortedWithDisabledRolesButNotDeletedOnes() {
        UserId ann = newUser("codes_ann");
        UserId bob = newUser("codes_bob");
        UserId cid = newUser("codes_cid");
        holdings.assignAll(Map.of(ann, Set.of(editor, viewer, retired), bob, Set.of(viewer)));

        Map<UserId, List<RoleCode>> codes = holdings.roleCodesOf(List.of(ann, bob, cid));

        assertThat(codes).containsOnlyKeys(ann, bob);
        assertThat(codes.get(ann)).containsExactly(new RoleCode("editor"), new RoleCode("viewer"));
        assertThat(codes.get(bob)).containsExactly(new RoleCode("viewer"));
        assertThat(holdings.roleCodesOf(List.of())).isEmpty();
    }

    @Test
    void assigningRoleIdsAddsToWhatAUserHoldsAndTwiceChangesNothing() {
        UserId dan = newUser("assign_dan");
        holdings.assign(dan, new RoleCode("super_admin"));

        holdings.assignAll(Map.of(dan, Set.of(editor)));
        holdings.assignAll(Map.of(dan, Set.of(editor)));
        holdings.assignAll(Map.of());

        assertThat(holdings.roleCodesOf(List.of(dan)).get(dan)).containsExactly(new RoleCode("editor"), RoleCode.SUPER_ADMIN);
    }

    @Test
    void idsOfCodesAreFoundUnknownAndDeletedOnesAreAbsent() {
        Map<RoleCode, RoleId> ids = roleLookup.idsOf(List.of(new RoleCode("editor"), new RoleCode("viewer"),
                new RoleCode("retired"), new RoleCode("ghost")));

        assertThat(ids).containsOnly(Map.entry(new RoleCode("editor"), editor), Map.entry(new RoleCode("viewer"), viewer));
        assertThat(roleLookup.idsOf(List.of())).isEmpty();
    }
}
