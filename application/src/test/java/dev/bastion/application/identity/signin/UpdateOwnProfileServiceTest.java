package dev.bastion.application.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.AccessCacheInvalidation;
import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.identity.signin.GetCurrentUser.CurrentUser;
import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserProfileChanged;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AuthenticationFailedException;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.ErrorCode;
import dev.bastion.domain.shared.PhoneNumber;
import dev.bastion.domain.shared.VersionConflictException;
import org.junit.jupiter.api.Test;

class UpdateOwnProfileServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("editor", "system:user:read");
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");
    private final InMemoryAccessCache cache = new InMemoryAccessCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(cache));
    {
        users.sendingEventsTo(events);
    }
    private final GetUserAccessService userAccess =
            new GetUserAccessService(store.grants(), users, new InMemoryDepartmentRepository(), cache);
    private final GetCurrentUser currentUser = new GetCurrentUserService(userAccess, userAccess);
    private final UpdateOwnProfile updating =
            new UpdateOwnProfileService(users, new InMemoryTransactions(), clock, currentUser);
    private final User jane = register();

    private User register() {
        User user = User.register(UserId.newId(), new Username("jane"), new Nickname("Jane Doe"),
                new Email("jane@example.com"), hasher.hash("password-123"), false, clock.now());
        users.add(user);
        store.assignRole(user.id(), "editor");
        return user;
    }

    private static <T> FieldPatch<T> absent() {
        return FieldPatch.absent();
    }

    @Test
    void the_caller_changes_nickname_email_and_phone_and_reads_the_change_back_at_once() {
        CurrentUser before = currentUser.get(jane.id()); // cached from here on

        CurrentUser after = updating.update(new UpdateOwnProfile.Command(jane.id(), before.version(),
                FieldPatch.of(new Nickname("JD")), FieldPatch.of(new Email("jd@example.com")),
                FieldPatch.of(new PhoneNumber("+1 555 0100"))));

        assertThat(after.nickname()).isEqualTo("JD");
        assertThat(after.email()).isEqualTo("jd@example.com");
        assertThat(after.phone()).isEqualTo("+1 555 0100");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.roles()).containsExactly("editor");
        assertThat(currentUser.get(jane.id())).isEqualTo(after);
        assertThat(events.last()).isEqualTo(new UserProfileChanged(jane.id()));
    }

    @Test
    void fields_left_out_keep_their_value_and_null_clears_or_falls_back_to_the_username() {
        updating.update(new UpdateOwnProfile.Command(jane.id(), 0, FieldPatch.of(null), absent(), absent()));

        User stored = users.findById(jane.id()).orElseThrow();
        assertThat(stored.nickname().value()).isEqualTo("jane");
        assertThat(stored.email()).contains(new Email("jane@example.com"));

        updating.update(new UpdateOwnProfile.Command(jane.id(), 1, absent(), FieldPatch.of(null), absent()));

        assertThat(users.findById(jane.id()).orElseThrow().email()).isEmpty();
    }

    @Test
    void the_same_profile_again_stores_and_tells_nothing_and_keeps_the_version() {
        CurrentUser before = currentUser.get(jane.id());
        int told = events.count();

        CurrentUser after = updating.update(new UpdateOwnProfile.Command(jane.id(), before.version(),
                FieldPatch.of(new Nickname("Jane Doe")), FieldPatch.of(new Email("jane@example.com")), absent()));

        assertThat(after).isEqualTo(before);
        assertThat(users.findById(jane.id()).orElseThrow().version()).isEqualTo(before.version());
        assertThat(events.count()).isEqualTo(told);
    }

    @Test
    void the_department_stays_whatever_the_caller_sends() {
        updating.update(new UpdateOwnProfile.Command(jane.id(), 0, FieldPatch.of(new Nickname("JD")), absent(),
                absent()));

        assertThat(users.findById(jane.id()).orElseThrow().deptId()).isEqualTo(DeptId.ROOT);
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        assertThatThrownBy(() -> updating.update(new UpdateOwnProfile.Command(jane.id(), 7,
                FieldPatch.of(new Nickname("JD")), absent(), absent())))
                .isInstanceOf(VersionConflictException.class);

        assertThat(users.findById(jane.id()).orElseThrow().nickname().value()).isEqualTo("Jane Doe");
    }

    @Test
    void a_user_deleted_since_sign_in_is_unauthorized() {
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.delete(clock.now());
        users.update(loaded);

        assertThatThrownBy(() -> updating.update(new UpdateOwnProfile.Command(jane.id(), 1,
                FieldPatch.of(new Nickname("JD")), absent(), absent())))
                .isInstanceOfSatisfying(AuthenticationFailedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }
}
