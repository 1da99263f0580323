package dev.bastion.adapters.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcRoleRepositoryTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private static final MenuId USERS = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000101"));
    private static final MenuId CREATE_USER = new MenuId(UUID.fromString("01936f6e-0000-7000-8000-000000000111"));

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    RoleRepository roles;
    @Inject
    RoleHoldings holdings;
    @Inject
    UserRepository users;

    private Role role(String code, DataScope scope, Set<DeptId> depts, Set<MenuId> menus) {
        Role role = Role.create(RoleId.newId(), new RoleCode(code),
                new RoleDetails("Role " + code, 5, RoleStatus.ENABLED, scope, depts, menus), now);
        roles.add(role);
        return role;
    }

    @Test
    void theBuiltInRolesAreThere() {
        Page<Role> page = roles.find(RoleQuery.any(), new PageRequest(1, 100));

        assertThat(page.items()).extracting(r -> r.code().value()).startsWith("super_admin", "admin", "user");
        Role admin = page.items().get(1);
        assertThat(admin.details().dataScope()).isEqualTo(DataScope.ALL);
        assertThat(admin.details().menuIds()).contains(USERS, CREATE_USER);
        assertThat(page.items().get(2).details().dataScope()).isEqualTo(DataScope.SELF);
        assertThat(roles.findById(RoleId.SUPER_ADMIN)).get().extracting(r -> r.details().dataScope())
                .isEqualTo(DataScope.ALL);
    }

    @Test
    void aRoleRoundTripsWithItsDepartmentsAndMenus() {
        Role added = role("regional_lead", DataScope.CUSTOM, Set.of(DeptId.ROOT), Set.of(USERS, CREATE_USER));

        Role read = roles.findById(added.id()).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(added.snapshot());

        read.describe(new RoleCode("regional_head"), new RoleDetails("Head", 1, RoleStatus.DISABLED, DataScope.DEPT,
                Set.of(), Set.of(USERS)), now.plusSeconds(1));
        Role stored = roles.update(read);
        assertThat(stored.version()).isEqualTo(1);
        Role again = roles.findById(added.id()).orElseThrow();
        assertThat(again.code().value()).isEqualTo("regional_head");
        assertThat(again.details().deptIds()).isEmpty();
        assertThat(again.details().menuIds()).containsExactly(USERS);

        assertThatThrownBy(() -> roles.update(read)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aCodeIsUniqueIgnoringCaseAmongLiveRoles() {
        Role first = role("auditor", DataScope.SELF, Set.of(), Set.of());

        assertThatThrownBy(() -> role("auditor", DataScope.SELF, Set.of(), Set.of()))
                .isInstanceOf(ConflictException.class).extracting("field").isEqualTo("code");

        first.delete(now.plusSeconds(1));
        roles.update(first);
        assertThat(roles.findById(first.id())).isEmpty();
        assertThat(role("auditor", DataScope.SELF, Set.of(), Set.of()).code().value()).isEqualTo("auditor");
    }

    @Test
    void theListingFiltersByCodePrefixTakenLiterallyAndByStatus() {
        role("ops_a", DataScope.SELF, Set.of(), Set.of());
        role("opsxb", DataScope.SELF, Set.of(), Set.of());
        Role disabled = role("ops_c", DataScope.SELF, Set.of(), Set.of());
        disabled.describe(disabled.code(), new RoleDetails("C", 5, RoleStatus.DISABLED, DataScope.SELF, Set.of(),
                Set.of()), now);
        roles.update(disabled);

        assertThat(roles.find(new RoleQuery("OPS_", null), new PageRequest(1, 10)).items())
                .extracting(r -> r.code().value()).containsExactly("ops_a", "ops_c");
        assertThat(roles.find(new RoleQuery("ops", RoleStatus.DISABLED), new PageRequest(1, 10)).items())
                .extracting(r -> r.code().value()).containsExactly("ops_c");
        assertThat(roles.find(new RoleQuery("' OR '1'='1", null), new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void aRoleIsHeldWhileALiveUserHasIt() {
        Role role = role("holder_test", DataScope.SELF, Set.of(), Set.of());
        User user = User.register(UserId.newId(), new Username("holder"), null, null, HASH, false, now);
        users.add(user);

        assertThat(roles.isHeld(role.id())).isFalse();
        holdings.replaceRolesOf(user.id(), Set.of(role.id()));
        assertThat(roles.isHeld(role.id())).isTrue();

        user.delete(now.plusSeconds(1));
        users.update(user);
        assertThat(roles.isHeld(role.id())).isFalse();
    }

    @Test
    void theRolesGrantingAnEntryAreFoundByIt() {
        Role first = role("grants_users", DataScope.SELF, Set.of(), Set.of(USERS, CREATE_USER));
        Role second = role("grants_create", DataScope.DEPT, Set.of(), Set.of(CREATE_USER));
        Role gone = role("grants_gone", DataScope.SELF, Set.of(), Set.of(CREATE_USER));
        gone.delete(now.plusSeconds(1));
        roles.update(gone);

        assertThat(roles.findGranting(CREATE_USER)).extracting(Role::id)
                .contains(first.id(), second.id()).doesNotContain(gone.id());
        assertThat(roles.findGranting(USERS)).filteredOn(role -> role.id().equals(first.id())).singleElement()
                .satisfies(role -> assertThat(role.details().menuIds()).containsExactlyInAnyOrder(USERS, CREATE_USER));
        assertThat(roles.findGranting(MenuId.newId())).isEmpty();
    }
}
