package dev.bastion.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessRepository;
import dev.bastion.application.testing.InMemoryLoginThrottle;
import dev.bastion.application.testing.InMemoryPasswordHistory;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserAdministrationServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessRepository access = new InMemoryAccessRepository().defineRole("super_admin", "*");
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryPasswordHistory history = new InMemoryPasswordHistory();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle();
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final UserAdministrationService administration = new UserAdministrationService(users, access, hasher,
            history, sessions, throttle, new InMemoryTransactions(), clock, PasswordPolicy.defaults());

    private User register(String name) {
        User user = User.register(UserId.newId(), new Username(name), null, null, hasher.hash("first-password-1"),
                false, clock.now());
        users.add(user);
        return user;
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

        administration.change(new ChangeUserStatus.Command(bob.id(), UserStatus.DISABLED));

        assertThat(users.findById(bob.id()).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
        assertThat(sessions.check(session, clock.now())).isEmpty();
    }

    @Test
    void setting_the_current_status_changes_nothing() {
        User bob = register("bob");

        administration.change(new ChangeUserStatus.Command(bob.id(), UserStatus.ENABLED));

        assertThat(users.findById(bob.id()).orElseThrow().version()).isZero();
    }

    @Test
    void the_last_super_administrator_cannot_be_disabled_but_one_of_two_can() {
        User first = register("first");
        access.assignRole(first.id(), "super_admin");

        assertThatThrownBy(() -> administration.change(new ChangeUserStatus.Command(first.id(), UserStatus.DISABLED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("status"));

        User second = register("second");
        access.assignRole(second.id(), "super_admin");
        administration.change(new ChangeUserStatus.Command(first.id(), UserStatus.DISABLED));
        assertThat(users.findById(first.id()).orElseThrow().status()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void a_reset_password_must_be_changed_ends_sessions_and_lifts_a_lock() {
        User carol = register("carol");
        SessionId session = openSession(carol);
        throttle.lock("carol", clock.now().plusSeconds(600));

        administration.reset(new ResetUserPassword.Command(carol.id(), "temporary-pass-9"));

        User stored = users.findById(carol.id()).orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(hasher.matches("temporary-pass-9", stored.passwordHash())).isTrue();
        assertThat(history.recent(carol.id(), 3)).hasSize(1);
        assertThat(sessions.check(session, clock.now())).isEmpty();
        assertThat(throttle.lockedUntil("carol", clock.now())).isEmpty();
    }

    @Test
    void a_reset_password_must_pass_the_policy_naming_password() {
        User carol = register("carol");

        assertThatThrownBy(() -> administration.reset(new ResetUserPassword.Command(carol.id(), "short")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void unlock_forgets_the_lock_and_unknown_users_are_not_found() {
        User dave = register("Dave");
        throttle.lock("dave", clock.now().plusSeconds(600));

        administration.unlock(dave.id());

        assertThat(throttle.lockedUntil("dave", clock.now())).isEmpty();
        assertThatThrownBy(() -> administration.unlock(UserId.newId())).isInstanceOf(NotFoundException.class);
    }
}
