package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fake must honour the port's contract, or every use-case test built on it proves nothing. */
class InMemoryUserRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$fake$v=1$nosalt$terces");

    private final InMemoryUserRepository users = new InMemoryUserRepository();

    private static User user(String username) {
        return User.register(UserId.newId(), new Username(username), null, null, HASH, false, NOW);
    }

    private static User user(String username, String email) {
        return User.register(UserId.newId(), new Username(username), null, new Email(email), HASH, false, NOW);
    }

    @Test
    void an_added_user_is_found_by_id() {
        User jane = user("jane");
        users.add(jane);

        assertThat(users.findById(jane.id())).map(User::snapshot).contains(jane.snapshot());
    }

    @Test
    void a_user_is_found_by_username_ignoring_case() {
        User jane = user("Jane");
        users.add(jane);

        assertThat(users.findByUsername(new Username("JANE"))).map(User::id).contains(jane.id());
    }

    @Test
    void a_username_differing_only_in_case_is_a_conflict_on_username() {
        users.add(user("jane"));

        assertThatThrownBy(() -> users.add(user("JANE")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("username"));
    }

    @Test
    void an_email_already_in_use_is_a_conflict_on_email() {
        users.add(user("jane", "jane@example.com"));

        assertThatThrownBy(() -> users.add(user("john", "jane@example.com")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("email"));
    }

    @Test
    void a_refused_add_stores_nothing() {
        users.add(user("jane"));

        assertThatThrownBy(() -> users.add(user("Jane"))).isInstanceOf(ConflictException.class);
        assertThat(users.rows()).hasSize(1);
    }

    @Test
    void an_update_returns_the_user_at_the_next_version() {
        User jane = user("jane");
        users.add(jane);

        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.disable(NOW);

        assertThat(users.update(loaded).version()).isEqualTo(1);
    }

    @Test
    void an_update_from_a_stale_read_is_a_version_conflict() {
        User jane = user("jane");
        users.add(jane);
        User first = users.findById(jane.id()).orElseThrow();
        User second = users.findById(jane.id()).orElseThrow();
        first.disable(NOW);
        users.update(first);

        second.updateProfile(new Nickname("J"), null, NOW);

        assertThatThrownBy(() -> users.update(second)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void changing_a_loaded_user_without_update_stores_nothing() {
        User jane = user("jane");
        users.add(jane);

        users.findById(jane.id()).orElseThrow().disable(NOW);

        assertThat(users.findById(jane.id()).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void a_deleted_user_is_not_found() {
        User jane = user("jane");
        users.add(jane);
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.delete(NOW);
        users.update(loaded);

        assertThat(users.findById(jane.id())).isEmpty();
        assertThat(users.findByUsername(new Username("jane"))).isEmpty();
    }

    @Test
    void a_new_user_must_be_at_version_0() {
        User jane = user("jane");
        users.add(jane);
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.disable(NOW);
        User stored = users.update(loaded);

        assertThatThrownBy(() -> new InMemoryUserRepository().add(stored)).isInstanceOf(IllegalArgumentException.class);
    }
}
