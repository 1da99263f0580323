package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.PasswordReset;
import dev.bastion.application.access.AccessCacheInvalidation;
import static dev.bastion.application.testing.AccessFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryLoginThrottle;
import dev.bastion.application.testing.InMemoryPasswordHistory;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserAdministrationServiceTest {

    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(departments);
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("super_admin", "*")
            .defineRole("admin", DataScope.ALL, "system:user:*");
        private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryPasswordHistory history = new InMemoryPasswordHistory();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle();
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(cache));
    {
        departments.sendingEventsTo(events);
        users.sendingEventsTo(events);
        store.sendingEventsTo(events);
    }
    private final GetUserAccessService userAccess = new GetUserAccessService(store.grants(), users, departments, cache);
    private final UserAdministrationService administration = new UserAdministrationService(users, store.holdings(),
            userAccess, new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments), hasher, history, sessions, throttle,
            new InMemoryTransactions(), clock, PasswordPolicy::defaults);

    // Root ─┬─ Sales ─── Sales East
    //       └─ Support
    private final DeptId sales = department(DeptId.ROOT, "Sales");
    private final DeptId salesEast = department(sales, "Sales East");
    private final DeptId support = department(DeptId.ROOT, "Support");

    /** The acting administrator: may see and change every user, holds no super_admin. */
    private final UserId admin = register("admin").id();

    {
        store.assignRole(admin, "admin");
    }

    private DeptId department(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), clock.now());
        departments.add(department);
        return department.id();
    }

    private User register(String name) {
        return register(name, DeptId.ROOT);
    }

    private User register(String name, DeptId dept) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept,
                hasher.hash("first-password-1"), false, clock.now());
        users.add(user);
        return user;
    }

    /** An actor in {@code dept} whose only role has the data scope DEPT_AND_CHILDREN. */
    private UserId lead(DeptId dept) {
        store.roles().add(Role.create(RoleId.newId(), new RoleCode("lead"), role(DataScope.DEPT_AND_CHILDREN),
                clock.now()));
        User lead = register("lead", dept);
        store.assignRole(lead.id(), "lead");
        return lead.id();
    }

    private SessionId openSession(User user) {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, user.id(), user.username(), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "curl"), false, clock.now(), Duration.ofDays(7)));
        return id;
    }

    @Test
    void disabling_ends_every_session_of_the_user() {
        User bob = register("bob");
        SessionId session = openSession(bob);

        administration.change(admin, new ChangeUserStatus.Command(bob.id(), UserStatus.DISABLED));

        assertThat(users.findById(bob.id()).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
        assertThat(sessions.check(session, clock.now())).isEmpty();
    }

    @Test
    void setting_the_current_status_changes_nothing() {
        User bob = register("bob");

        administration.change(admin, new ChangeUserStatus.Command(bob.id(), UserStatus.ENABLED));

        assertThat(users.findById(bob.id()).orElseThrow().version()).isZero();
    }

    @Test
    void the_last_super_administrator_cannot_be_disabled_but_one_of_two_can() {
        User first = register("first");
        store.assignRole(first.id(), "super_admin");

        assertThatThrownBy(() -> administration.change(first.id(),
                new ChangeUserStatus.Command(first.id(), UserStatus.DISABLED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("status"));

        User second = register("second");
        store.assignRole(second.id(), "super_admin");
        administration.change(second.id(), new ChangeUserStatus.Command(first.id(), UserStatus.DISABLED));
        assertThat(users.findById(first.id()).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void a_reset_password_must_be_changed_ends_sessions_and_lifts_a_lock() {
        User carol = register("carol");
        SessionId session = openSession(carol);
        throttle.lock("carol", clock.now().plusSeconds(600));

        administration.reset(admin, new ResetUserPassword.Command(carol.id(), "temporary-pass-9"));

        User stored = users.findById(carol.id()).orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(hasher.matches("temporary-pass-9", stored.passwordHash())).isTrue();
        assertThat(history.recent(carol.id(), 3)).hasSize(1);
        assertThat(sessions.check(session, clock.now())).isEmpty();
        assertThat(throttle.lockedUntil("carol", clock.now())).isEmpty();
    }

    @Test
    void a_reset_drops_the_cached_profile_so_me_asks_for_a_change() {
        User carol = register("carol");
        assertThat(userAccess.profileOf(carol.id()).orElseThrow().mustChangePassword()).isFalse();

        administration.reset(admin, new ResetUserPassword.Command(carol.id(), "temporary-pass-9"));

        assertThat(events.last()).isEqualTo(new PasswordReset(carol.id()));
        assertThat(userAccess.profileOf(carol.id()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void a_reset_password_must_pass_the_policy_naming_password() {
        User carol = register("carol");

        assertThatThrownBy(() -> administration.reset(admin, new ResetUserPassword.Command(carol.id(), "short")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void unlock_forgets_the_lock_and_unknown_users_are_not_found() {
        User dave = register("Dave");
        throttle.lock("dave", clock.now().plusSeconds(600));

        administration.unlock(admin, dave.id());

        assertThat(throttle.lockedUntil("dave", clock.now())).isEmpty();
        assertThatThrownBy(() -> administration.unlock(admin, UserId.newId())).isInstanceOf(NotFoundException.class);
    }

    // --- the actor's data scope ------------------------------------------------------------------------

    @Test
    void a_user_outside_the_scope_is_not_found_and_left_alone() {
        UserId lead = lead(sales);
        User sue = register("sue", support);
        SessionId session = openSession(sue);
        throttle.lock("sue", clock.now().plusSeconds(600));

        assertThatThrownBy(() -> administration.change(lead, new ChangeUserStatus.Command(sue.id(),
                UserStatus.DISABLED))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.reset(lead, new ResetUserPassword.Command(sue.id(),
                "temporary-pass-9"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> administration.unlock(lead, sue.id())).isInstanceOf(NotFoundException.class);

        User stored = users.findById(sue.id()).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(hasher.matches("first-password-1", stored.passwordHash())).isTrue();
        assertThat(sessions.check(session, clock.now())).isPresent();
        assertThat(throttle.lockedUntil("sue", clock.now())).isPresent();
    }

    @Test
    void a_user_in_a_sub_department_of_the_scope_can_be_administered() {
        UserId lead = lead(sales);
        User eli = register("eli", salesEast);
        throttle.lock("eli", clock.now().plusSeconds(600));

        administration.unlock(lead, eli.id());
        administration.change(lead, new ChangeUserStatus.Command(eli.id(), UserStatus.DISABLED));
        administration.reset(lead, new ResetUserPassword.Command(eli.id(), "temporary-pass-9"));

        User stored = users.findById(eli.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(UserStatus.DISABLED);
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(throttle.lockedUntil("eli", clock.now())).isEmpty();
    }

    // --- the actor's reach -----------------------------------------------------------------------------

    @Test
    void a_super_administrator_is_out_of_reach_for_an_admin_without_star_and_left_alone() {
        User root = register("root");
        store.assignRole(root.id(), "super_admin");
        User other = register("other");
        store.assignRole(other.id(), "super_admin");
        SessionId session = openSession(other);
        throttle.lock("other", clock.now().plusSeconds(600));

        assertForbidden(() -> administration.reset(admin, new ResetUserPassword.Command(other.id(),
                "taken-over-pass-9")));
        assertForbidden(() -> administration.change(admin, new ChangeUserStatus.Command(other.id(),
                UserStatus.DISABLED)));
        assertForbidden(() -> administration.unlock(admin, other.id()));

        User stored = users.findById(other.id()).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(hasher.matches("first-password-1", stored.passwordHash())).isTrue();
        assertThat(sessions.check(session, clock.now())).isPresent();
        assertThat(throttle.lockedUntil("other", clock.now())).isPresent();
        administration.reset(root.id(), new ResetUserPassword.Command(other.id(), "reset-by-root-9"));
        assertThat(users.findById(other.id()).orElseThrow().mustChangePassword()).as("a super admin may").isTrue();
    }

    @Test
    void a_user_holding_a_role_wider_than_the_actors_scope_is_out_of_reach() {
        UserId lead = lead(sales);
        User eli = register("eli", salesEast);
        Role everywhere = Role.create(RoleId.newId(), new RoleCode("everywhere"), role(DataScope.ALL), clock.now());
        store.roles().add(everywhere);
        store.assignRole(eli.id(), "everywhere");

        assertForbidden(() -> administration.change(lead, new ChangeUserStatus.Command(eli.id(),
                UserStatus.DISABLED)));
        assertThat(users.findById(eli.id()).orElseThrow().status()).isEqualTo(UserStatus.ENABLED);
    }

    private static void assertForbidden(org.junit.jupiter.api.function.Executable use) {
        assertThatThrownBy(use::execute).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void an_actor_without_roles_can_administer_only_themself() {
        User loner = register("loner", sales);
        User sam = register("sam", sales);

        assertThatThrownBy(() -> administration.unlock(loner.id(), sam.id())).isInstanceOf(NotFoundException.class);
        administration.unlock(loner.id(), loner.id());
    }
}
