package dev.bastion.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Email;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A user records one event per change that happened, none for a refused or empty change. */
class UserEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$salt$hash");

    private static User stored() {
        User user = User.register(UserId.newId(), new Username("jane"), null, null, HASH, false, NOW);
        user.pullEvents();
        return user;
    }

    @Test
    void registering_records_user_registered_and_pulling_forgets_it() {
        User user = User.register(UserId.newId(), new Username("jane"), null, null, HASH, false, NOW);
        assertThat(user.pullEvents()).containsExactly(new UserRegistered(user.id()));
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void a_reconstituted_user_has_recorded_nothing() {
        assertThat(User.reconstitute(stored().snapshot()).pullEvents()).isEmpty();
    }

    @Test
    void status_and_password_changes_are_told_apart() {
        User user = stored();
        user.disable(NOW);
        user.enable(NOW);
        user.resetPassword(HASH, NOW);
        user.changePassword(HASH, NOW);
        user.delete(NOW);
        assertThat(user.pullEvents()).containsExactly(new UserDisabled(user.id()), new UserEnabled(user.id()),
                new PasswordReset(user.id()), new PasswordChanged(user.id()), new UserDeleted(user.id()));
    }

    @Test
    void a_profile_update_tells_what_changed_profile_and_department_apart() {
        User user = stored();
        DeptId sales = DeptId.newId();
        user.updateProfile(user.nickname(), null, null, user.deptId(), NOW);
        assertThat(user.pullEvents()).as("nothing changed").isEmpty();
        user.updateProfile(user.nickname(), new Email("jane@example.com"), null, user.deptId(), NOW);
        assertThat(user.pullEvents()).containsExactly(new UserProfileChanged(user.id()));
        user.updateProfile(user.nickname(), new Email("jane@example.com"), null, sales, NOW);
        assertThat(user.pullEvents()).containsExactly(new UserMoved(user.id()));
    }

    @Test
    void a_refused_change_records_nothing_and_the_same_change_twice_is_told_once() {
        User user = stored();
        assertThatThrownBy(() -> user.enable(NOW)).isInstanceOf(ConflictException.class);
        assertThat(user.pullEvents()).isEmpty();
        user.resetPassword(HASH, NOW);
        user.resetPassword(HASH, NOW);
        assertThat(user.pullEvents()).containsExactly(new PasswordReset(user.id()));
    }
}
