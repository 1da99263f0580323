package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.identity.signin.GetCurrentUser.CurrentUser;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetCurrentUserServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("editor", "system:user:update", "system:user:read")
            .defineRole("auditor", "system:log:read");
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final GetUserAccessService userAccess =
            new GetUserAccessService(store.grants(), users, new InMemoryDepartmentRepository(), cache);
    private final GetCurrentUser currentUser = new GetCurrentUserService(userAccess, userAccess);

    private User register(String username, Nickname nickname, Email email, boolean mustChangePassword) {
        User user = User.register(UserId.newId(), new Username(username), nickname, email,
                hasher.hash("password-123"), mustChangePassword, clock.now());
        users.add(user);
        return user;
    }

    @Test
    void the_current_user_comes_with_profile_roles_and_permissions() {
        User jane = register("jane", new Nickname("Jane Doe"), new Email("jane@example.com"), false);
        store.assignRole(jane.id(), "editor");
        store.assignRole(jane.id(), "auditor");

        CurrentUser current = currentUser.get(jane.id());

        assertThat(current).isEqualTo(new CurrentUser(jane.id(), "jane", "Jane Doe", "jane@example.com", null,
                dev.bastion.domain.organization.DeptId.ROOT.toString(), false, 0L,
                List.of("auditor", "editor"), List.of("system:log:read", "system:user:read", "system:user:update")));
    }

    @Test
    void the_profile_is_read_once_and_again_only_after_a_change_is_announced() {
        User jane = register("jane", new Nickname("Jane Doe"), null, false);
        currentUser.get(jane.id());
        int loads = cache.loads();

        User stored = users.findById(jane.id()).orElseThrow();
        stored.updateProfile(new Nickname("Jane Roe"), null, clock.now());
        users.update(stored);
        assertThat(currentUser.get(jane.id()).nickname()).as("served from the cache").isEqualTo("Jane Doe");
        assertThat(cache.loads()).isEqualTo(loads);

        cache.invalidateAll();

        assertThat(currentUser.get(jane.id()).nickname()).isEqualTo("Jane Roe");
    }

    @Test
    void a_user_without_email_or_roles_has_none() {
        User jane = register("jane", null, null, false);

        CurrentUser current = currentUser.get(jane.id());

        assertThat(current.email()).isNull();
        assertThat(current.nickname()).isEqualTo("jane");
        assertThat(current.roles()).isEmpty();
        assertThat(current.permissions()).isEmpty();
    }

    @Test
    void the_current_user_tells_whether_the_password_must_be_changed() {
        User newcomer = register("newcomer", null, null, true);

        assertThat(currentUser.get(newcomer.id()).mustChangePassword()).isTrue();
    }

    @Test
    void a_user_deleted_since_sign_in_is_unauthorized() {
        User jane = register("jane", null, null, false);
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.delete(clock.now());
        users.update(loaded);

        assertThatThrownBy(() -> currentUser.get(jane.id())).isInstanceOfSatisfying(
                AuthenticationFailedException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }
}
