package dev.bastion.application.identity.signin;

import dev.bastion.domain.identity.PasswordChanged;
import dev.bastion.application.access.AccessCacheInvalidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.identity.signin.ChangeOwnPassword.Command;
import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryPasswordHistory;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChangeOwnPasswordServiceTest {

    private static final String OLD = "old-password-1";
    private static final String NEW = "new-password-1";

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryPasswordHistory history = new InMemoryPasswordHistory();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");

    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(cache));
    {
        users.sendingEventsTo(events);
    }
    private final ChangeOwnPassword changing = new ChangeOwnPasswordService(users, hasher, history, sessions,
            transactions, clock, PasswordPolicy::defaults);
    private final User jane = register("jane", true);
    private final SessionId current = openSession(jane);

    private User register(String username, boolean mustChangePassword) {
        User user = User.register(UserId.newId(), new Username(username), null, null, hasher.hash(OLD),
                mustChangePassword, clock.now());
        users.add(user);
        return user;
    }

    private SessionId openSession(User user) {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, user.id(), user.username(), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "Firefox/128"), user.mustChangePassword(), clock.now(),
                Duration.ofDays(7)));
        return id;
    }

    private void change(String oldPassword, String newPassword) {
        changing.change(new Command(jane.id(), current, oldPassword, newPassword));
        clock.advanceBy(Duration.ofMinutes(1));
    }

    private User stored() {
        return users.findById(jane.id()).orElseThrow();
    }

    private static void assertRefusedOn(String field, Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_changed_password_drops_the_cached_profile_so_me_no_longer_asks_for_a_change() {
        GetUserAccessService userAccess = new GetUserAccessService(
                new InMemoryAccessStore(users).grants(), users, new InMemoryDepartmentRepository(), cache);
        assertThat(userAccess.profileOf(jane.id()).orElseThrow().mustChangePassword()).isTrue();

        change(OLD, "a-brand-new-password");

        assertThat(events.last()).isEqualTo(new PasswordChanged(jane.id()));
        assertThat(userAccess.profileOf(jane.id()).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void a_refused_change_tells_nothing() {
        int before = events.count();
        assertThatThrownBy(() -> change("not-the-old-one", "a-brand-new-password"))
                .isInstanceOf(InvalidValueException.class);
        assertThat(events.count()).isEqualTo(before);
    }

    // --- refusals --------------------------------------------------------------------------------------

    @Test
    void a_wrong_old_password_is_refused_naming_old_password() {
        assertRefusedOn("oldPassword", () -> change("not-my-password", NEW));
    }

    @Test
    void a_refused_change_changes_nothing() {
        PasswordHash before = stored().passwordHash();
        SessionId other = openSession(jane);

        assertThatThrownBy(() -> change("not-my-password", NEW)).isInstanceOf(InvalidValueException.class);

        assertThat(stored().passwordHash()).isEqualTo(before);
        assertThat(history.recent(jane.id(), 3)).isEmpty();
        assertThat(sessions.check(other, clock.now())).isPresent();
    }

    @Test
    void a_new_password_shorter_than_10_is_refused_naming_new_password() {
        assertRefusedOn("newPassword", () -> change(OLD, "short-pw1"));
    }

    @Test
    void a_new_password_of_exactly_10_characters_is_long_enough() {
        change(OLD, "0123456789");

        assertThat(hasher.matches("0123456789", stored().passwordHash())).isTrue();
    }

    @Test
    void a_blank_new_password_is_refused_naming_new_password() {
        assertRefusedOn("newPassword", () -> change(OLD, " ".repeat(12)));
    }

    @Test
    void the_username_is_refused_as_new_password_whatever_its_case() {
        User longName = register("jane.doe.1984", false);
        SessionId session = openSession(longName);

        assertRefusedOn("newPassword",
                () -> changing.change(new Command(longName.id(), session, OLD, "JANE.DOE.1984")));
    }

    @Test
    void the_current_password_is_refused_as_new_password() {
        assertRefusedOn("newPassword", () -> change(OLD, OLD));
    }

    @Test
    void the_two_passwords_before_the_current_one_are_refused() {
        // With the current one they are the last 3.
        change(OLD, "second-password");
        change("second-password", "third-password");

        assertRefusedOn("newPassword", () -> change("third-password", "second-password"));
        assertRefusedOn("newPassword", () -> change("third-password", OLD));
    }

    @Test
    void the_fourth_password_back_may_be_used_again() {
        change(OLD, "second-password");
        change("second-password", "third-password");
        change("third-password", "fourth-password");

        change("fourth-password", OLD);

        assertThat(hasher.matches(OLD, stored().passwordHash())).isTrue();
    }

    @Test
    void a_user_deleted_meanwhile_is_signed_out() {
        User loaded = stored();
        loaded.delete(clock.now());
        users.update(loaded);

        assertThatThrownBy(() -> change(OLD, NEW)).isInstanceOfSatisfying(AuthenticationFailedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void the_command_never_prints_the_passwords() {
        assertThat(new Command(jane.id(), current, OLD, NEW).toString()).doesNotContain(OLD).doesNotContain(NEW);
    }

    // --- success ---------------------------------------------------------------------------------------

    @Test
    void the_new_password_replaces_the_old_one() {
        change(OLD, NEW);

        assertThat(hasher.matches(NEW, stored().passwordHash())).isTrue();
        assertThat(hasher.matches(OLD, stored().passwordHash())).isFalse();
    }

    @Test
    void a_change_clears_must_change_password() {
        change(OLD, NEW);

        assertThat(stored().mustChangePassword()).isFalse();
    }

    @Test
    void the_old_hash_is_recorded_in_the_history() {
        PasswordHash old = stored().passwordHash();

        change(OLD, NEW);

        assertThat(history.recent(jane.id(), 3)).containsExactly(old);
    }

    @Test
    void the_user_and_the_history_are_written_in_one_transaction() {
        change(OLD, NEW);

        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void every_other_session_of_the_user_ends() {
        SessionId other = openSession(jane);
        SessionId another = openSession(jane);

        change(OLD, NEW);

        assertThat(sessions.find(other).orElseThrow().revokedReason()).isEqualTo(RevocationReason.PASSWORD_CHANGED);
        assertThat(sessions.find(another).orElseThrow().revokedReason())
                .isEqualTo(RevocationReason.PASSWORD_CHANGED);
    }

    @Test
    void other_users_keep_their_sessions() {
        SessionId johns = openSession(register("john", false));

        change(OLD, NEW);

        assertThat(sessions.check(johns, clock.now())).isPresent();
    }

    @Test
    void the_current_session_stays_live() {
        change(OLD, NEW);

        assertThat(sessions.check(current, clock.now())).isPresent();
    }

    @Test
    void the_current_session_no_longer_requires_a_password_change() {
        assertThat(sessions.check(current, clock.now()).orElseThrow().passwordChangeRequired()).isTrue();

        change(OLD, NEW);

        assertThat(sessions.check(current, clock.now()).orElseThrow().passwordChangeRequired()).isFalse();
    }
}
