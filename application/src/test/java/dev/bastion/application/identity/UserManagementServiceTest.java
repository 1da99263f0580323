package dev.bastion.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessRepository;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserManagementServiceTest {

    private static final UUID SUPER_ADMIN = InMemoryAccessRepository.idOf("super_admin");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessRepository access = new InMemoryAccessRepository().defineRole("super_admin", "*");
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final UserManagementService management = new UserManagementService(users, access,
            new InMemoryDepartmentRepository(), new FakePasswordHasher(), sessions, new InMemoryTransactions(), clock,
            PasswordPolicy.defaults());

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
}
