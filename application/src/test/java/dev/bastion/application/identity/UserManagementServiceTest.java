package dev.bastion.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessChanges;
import dev.bastion.application.testing.InMemoryAccessRepository;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserManagementServiceTest {

    private static final UUID SUPER_ADMIN = InMemoryAccessRepository.idOf("super_admin");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessRepository access = new InMemoryAccessRepository().defineRole("super_admin", "*");
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryAccessCache accessCache = new InMemoryAccessCache();
    /** Whether each announcement came inside a transaction (it must not: other instances would re-read the old state). */
    private final List<Boolean> announcedInside = new ArrayList<>();
    private final InMemoryAccessChanges accessChanges = new InMemoryAccessChanges(accessCache);
    private final UserManagementService management = new UserManagementService(users, access,
            new InMemoryDepartmentRepository(), new FakePasswordHasher(), sessions, transactions, clock,
            PasswordPolicy.defaults(), () -> {
                announcedInside.add(transactions.active());
                accessChanges.announce();
            });
    private final GetUserAccess userAccess = new GetUserAccessService(access, accessCache);

    private UserView create(String name, Set<UUID> roles) {
        return management.create(new CreateUser.Command(new Username(name), name + "-password-1", null, null, null,
                DeptId.ROOT, roles, UserStatus.ENABLED, false));
    }

    @Test
    void a_new_user_gets_its_roles_and_the_defaults() {
        UserView ann = create("ann", Set.of(SUPER_ADMIN));

        assertThat(ann.user().nickname().value()).isEqualTo("ann");
        assertThat(ann.user().deptId()).isEqualTo(DeptId.ROOT);
        assertThat(ann.roleIds()).containsExactly(SUPER_ADMIN);
    }

    @Test
    void unknown_departments_and_roles_are_named_and_nothing_is_written() {
        assertThatThrownBy(() -> management.create(new CreateUser.Command(new Username("ben"), "ben-password-1", null,
                null, null, DeptId.newId(), Set.of(), UserStatus.ENABLED, false)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deptId"));
        assertThatThrownBy(() -> create("ben", Set.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("roleIds"));
        assertThat(users.findByUsername(new Username("ben"))).isEmpty();
    }

    @Test
    void a_stale_version_is_refused() {
        UserView cat = create("cat", Set.of());
        management.update(new UpdateUser.Command(cat.user().id(), new Nickname("Cat"), null, null, DeptId.ROOT,
                Set.of(), UserStatus.ENABLED, 0));

        assertThatThrownBy(() -> management.update(new UpdateUser.Command(cat.user().id(), new Nickname("Kat"), null,
                null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 0))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void the_last_super_admin_keeps_the_role_and_stays() {
        UserView root = create("root", Set.of(SUPER_ADMIN));

        assertThatThrownBy(() -> management.update(new UpdateUser.Command(root.user().id(), new Nickname("root"), null,
                null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 0)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("roleIds"));
        assertThatThrownBy(() -> management.delete(root.user().id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void deleting_ends_the_sessions_and_hides_the_user() {
        UserView dan = create("dan", Set.of());
        SessionId session = SessionId.newId();
        sessions.add(Session.open(session, dan.user().id(), dan.user().username(), RefreshToken.issue(session).digest(),
                new ClientInfo("203.0.113.9", "curl"), false, clock.now(), Duration.ofDays(7)));

        management.delete(dan.user().id());

        assertThat(sessions.check(session, clock.now())).isEmpty();
        assertThatThrownBy(() -> management.get(dan.user().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_role_taken_away_is_refused_at_the_next_check_though_the_access_was_cached() {
        access.defineRole("reader", "system:user:list");
        UserView eve = create("eve", Set.of(InMemoryAccessRepository.idOf("reader")));
        PermissionCode list = new PermissionCode("system:user:list");
        assertThat(userAccess.of(eve.user().id()).permissions().allows(list)).isTrue();
        assertThat(userAccess.of(eve.user().id()).permissions().allows(list)).isTrue();
        assertThat(accessCache.loads()).as("the second check is served from the cache").isEqualTo(1);

        management.update(new UpdateUser.Command(eve.user().id(), new Nickname("eve"), null, null, DeptId.ROOT,
                Set.of(), UserStatus.ENABLED, 0));

        assertThat(userAccess.of(eve.user().id()).permissions().allows(list)).isFalse();
        assertThat(announcedInside).containsExactly(false);
    }

    @Test
    void deleting_announces_an_access_change_after_the_commit() {
        UserView fay = create("fay", Set.of());

        management.delete(fay.user().id());

        assertThat(announcedInside).containsExactly(false);
    }

    @Test
    void a_refused_update_announces_nothing() {
        UserView gus = create("gus", Set.of());

        assertThatThrownBy(() -> management.update(new UpdateUser.Command(gus.user().id(), new Nickname("Gus"), null,
                null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 7))).isInstanceOf(VersionConflictException.class);

        assertThat(accessChanges.announced()).isZero();
    }
}
