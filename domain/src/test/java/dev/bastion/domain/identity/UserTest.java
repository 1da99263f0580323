package dev.bastion.domain.identity;

import dev.bastion.domain.shared.Email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserTest {

    private static final Instant REGISTERED_AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATER = REGISTERED_AT.plus(Duration.ofHours(1));
    private static final Instant EARLIER = REGISTERED_AT.minus(Duration.ofHours(1));
    private static final PasswordHash FIRST_HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$first-salt$first-hash");
    private static final PasswordHash SECOND_HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$other-salt$other-hash");

    private static User registered() {
        return User.register(UserId.newId(), new Username("jane"), null, null, FIRST_HASH, false, REGISTERED_AT);
    }

    private static User registeredMustChange() {
        return User.register(UserId.newId(), new Username("jane"), null, null, FIRST_HASH, true, REGISTERED_AT);
    }

    @Nested
    class Registering {

        @Test
        void the_nickname_defaults_to_the_username() {
            User user = User.register(UserId.newId(), new Username("JaneDoe"), null, null, FIRST_HASH, false, REGISTERED_AT);

            assertThat(user.nickname()).isEqualTo(new Nickname("JaneDoe"));
        }

        @Test
        void a_given_nickname_is_kept() {
            User user = User.register(UserId.newId(), new Username("jane"), new Nickname("Jane D."), null,
                    FIRST_HASH, false, REGISTERED_AT);

            assertThat(user.nickname()).isEqualTo(new Nickname("Jane D."));
        }

        @Test
        void a_new_user_is_enabled() {
            assertThat(registered().status()).isEqualTo(UserStatus.ENABLED);
        }

        @Test
        void a_new_user_is_at_version_0() {
            assertThat(registered().version()).isZero();
        }

        @Test
        void a_new_user_was_created_and_updated_now() {
            User user = registered();

            assertThat(user.createdAt()).isEqualTo(REGISTERED_AT);
            assertThat(user.updatedAt()).isEqualTo(REGISTERED_AT);
        }

        @Test
        void a_new_user_is_not_deleted() {
            User user = registered();

            assertThat(user.isDeleted()).isFalse();
            assertThat(user.deletedAt()).isEmpty();
        }

        @Test
        void a_new_user_without_email_has_none() {
            assertThat(registered().email()).isEmpty();
        }

        @Test
        void a_given_email_is_kept() {
            User user = User.register(UserId.newId(), new Username("jane"), null, new Email("jane@example.com"),
                    FIRST_HASH, false, REGISTERED_AT);

            assertThat(user.email()).contains(new Email("jane@example.com"));
        }

        @Test
        void the_must_change_flag_is_as_requested() {
            assertThat(registeredMustChange().mustChangePassword()).isTrue();
            assertThat(registered().mustChangePassword()).isFalse();
        }

        @Test
        void a_user_needs_a_password_hash() {
            assertThatThrownBy(() -> User.register(UserId.newId(), new Username("jane"), null, null, null, false, REGISTERED_AT))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void a_user_needs_a_registration_time() {
            assertThatThrownBy(() -> User.register(UserId.newId(), new Username("jane"), null, null, FIRST_HASH, false, null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void a_user_registered_without_a_password_has_the_hash_no_password_matches_and_must_change_it() {
            User user = User.registerWithoutPassword(UserId.newId(), new Username("jane"), null, null, null,
                    dev.bastion.domain.organization.DeptId.ROOT, REGISTERED_AT);

            assertThat(user.passwordHash()).isEqualTo(PasswordHash.NONE);
            assertThat(user.mustChangePassword()).isTrue();
            assertThat(user.status()).isEqualTo(UserStatus.ENABLED);
            assertThat(user.nickname()).isEqualTo(new Nickname("jane"));
        }

        @Test
        void an_administrator_gives_a_user_without_a_password_one_that_must_be_changed() {
            User user = User.registerWithoutPassword(UserId.newId(), new Username("jane"), null, null, null,
                    dev.bastion.domain.organization.DeptId.ROOT, REGISTERED_AT);

            user.resetPassword(FIRST_HASH, LATER);

            assertThat(user.passwordHash()).isEqualTo(FIRST_HASH);
            assertThat(user.mustChangePassword()).isTrue();
        }
    }

    @Nested
    class DisablingAndEnabling {

        @Test
        void a_disabled_user_is_disabled() {
            User user = registered();

            user.disable(LATER);

            assertThat(user.status()).isEqualTo(UserStatus.DISABLED);
        }

        @Test
        void disabling_twice_is_a_conflict() {
            User user = registered();
            user.disable(LATER);

            assertThatThrownBy(() -> user.disable(LATER)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }

        @Test
        void a_refused_disable_changes_nothing() {
            User user = registered();
            user.disable(LATER);
            UserSnapshot before = user.snapshot();

            assertThatThrownBy(() -> user.disable(LATER.plusSeconds(60))).isInstanceOf(ConflictException.class);
            assertThat(user.snapshot()).isEqualTo(before);
        }

        @Test
        void enabling_a_disabled_user_enables_it() {
            User user = registered();
            user.disable(LATER);

            user.enable(LATER.plusSeconds(60));

            assertThat(user.status()).isEqualTo(UserStatus.ENABLED);
        }

        @Test
        void enabling_an_enabled_user_is_a_conflict() {
            User user = registered();

            assertThatThrownBy(() -> user.enable(LATER)).isInstanceOf(ConflictException.class);
        }

        @Test
        void a_state_conflict_names_no_field() {
            User user = registered();

            assertThatThrownBy(() -> user.enable(LATER)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.field()).isEmpty());
        }

        @Test
        void disabling_moves_updated_at() {
            User user = registered();

            user.disable(LATER);

            assertThat(user.updatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Passwords {

        @Test
        void changing_the_password_stores_the_new_hash() {
            User user = registered();

            user.changePassword(SECOND_HASH, LATER);

            assertThat(user.passwordHash()).isEqualTo(SECOND_HASH);
        }

        @Test
        void changing_the_password_clears_must_change() {
            User user = registeredMustChange();

            user.changePassword(SECOND_HASH, LATER);

            assertThat(user.mustChangePassword()).isFalse();
        }

        @Test
        void resetting_the_password_stores_the_new_hash() {
            User user = registered();

            user.resetPassword(SECOND_HASH, LATER);

            assertThat(user.passwordHash()).isEqualTo(SECOND_HASH);
        }

        @Test
        void resetting_the_password_sets_must_change() {
            User user = registered();

            user.resetPassword(SECOND_HASH, LATER);

            assertThat(user.mustChangePassword()).isTrue();
        }

        @Test
        void a_new_password_cannot_be_null() {
            User user = registered();

            assertThatThrownBy(() -> user.changePassword(null, LATER)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void changing_the_password_moves_updated_at() {
            User user = registered();

            user.changePassword(SECOND_HASH, LATER);

            assertThat(user.updatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Profile {

        @Test
        void updating_the_profile_replaces_nickname_and_email() {
            User user = registered();

            user.updateProfile(new Nickname("Jane D."), new Email("jane@example.com"), LATER);

            assertThat(user.nickname()).isEqualTo(new Nickname("Jane D."));
            assertThat(user.email()).contains(new Email("jane@example.com"));
        }

        @Test
        void updating_the_profile_without_email_removes_it() {
            User user = User.register(UserId.newId(), new Username("jane"), null, new Email("jane@example.com"),
                    FIRST_HASH, false, REGISTERED_AT);

            user.updateProfile(new Nickname("jane"), null, LATER);

            assertThat(user.email()).isEmpty();
        }

        @Test
        void the_same_profile_again_changes_nothing_and_tells_nothing() {
            User user = User.register(UserId.newId(), new Username("jane"), new Nickname("Jane D."),
                    new Email("jane@example.com"), FIRST_HASH, false, REGISTERED_AT);
            user.pullEvents();

            user.updateProfile(new Nickname("Jane D."), new Email("jane@example.com"), LATER);

            assertThat(user.hasPendingEvents()).isFalse();
            assertThat(user.updatedAt()).isEqualTo(REGISTERED_AT);
        }

        @Test
        void a_changed_profile_tells_it_and_moves_updated_at() {
            User user = registered();
            user.pullEvents();

            user.updateProfile(new Nickname("Jane D."), null, LATER);

            assertThat(user.pullEvents()).containsExactly(new UserProfileChanged(user.id()));
            assertThat(user.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void a_cleared_nickname_falls_back_to_the_username() {
            User user = registered();
            user.updateProfile(new Nickname("Jane D."), null, LATER);

            user.updateProfile(null, null, LATER);

            assertThat(user.nickname()).isEqualTo(Nickname.of(user.username()));
        }
    }

    @Nested
    class Deleting {

        @Test
        void a_deleted_user_is_deleted_at_that_time() {
            User user = registered();

            user.delete(LATER);

            assertThat(user.isDeleted()).isTrue();
            assertThat(user.deletedAt()).contains(LATER);
        }

        @Test
        void a_deleted_user_keeps_its_other_data_for_the_audit_trail() {
            User user = registered();

            user.delete(LATER);

            assertThat(user.username()).isEqualTo(new Username("jane"));
            assertThat(user.passwordHash()).isEqualTo(FIRST_HASH);
        }

        @ParameterizedTest
        @EnumSource(UserChange.class)
        void every_change_to_a_deleted_user_is_refused(UserChange change) {
            User user = registered();
            user.delete(LATER);

            assertThatThrownBy(() -> change.apply(user, LATER.plusSeconds(60)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("deleted");
        }

        @ParameterizedTest
        @EnumSource(UserChange.class)
        void a_refused_change_to_a_deleted_user_leaves_it_as_it_was(UserChange change) {
            User user = registered();
            user.delete(LATER);
            UserSnapshot before = user.snapshot();

            try {
                change.apply(user, LATER.plusSeconds(60));
            } catch (ConflictException expected) {
                // the refusal itself is the previous test
            }

            assertThat(user.snapshot()).isEqualTo(before);
        }

        @Test
        void a_disabled_user_can_be_deleted() {
            User user = registered();
            user.disable(LATER);

            user.delete(LATER.plusSeconds(60));

            assertThat(user.isDeleted()).isTrue();
        }
    }

    @Nested
    class SigningIn {

        @Test
        void an_enabled_user_can_sign_in() {
            assertThat(registered().canSignIn()).isTrue();
        }

        @Test
        void a_disabled_user_cannot_sign_in() {
            User user = registered();
            user.disable(LATER);

            assertThat(user.canSignIn()).isFalse();
        }

        @Test
        void a_deleted_user_cannot_sign_in() {
            User user = registered();
            user.delete(LATER);

            assertThat(user.canSignIn()).isFalse();
        }

        @Test
        void a_user_who_must_change_the_password_can_still_sign_in_to_change_it() {
            assertThat(registeredMustChange().canSignIn()).isTrue();
        }
    }

    @Nested
    class Time {

        @Test
        void a_change_with_an_earlier_clock_does_not_move_updated_at_backwards() {
            User user = registered();

            user.disable(EARLIER);

            assertThat(user.updatedAt()).isEqualTo(REGISTERED_AT);
        }

        @Test
        void a_change_with_an_earlier_clock_still_happens() {
            User user = registered();

            user.disable(EARLIER);

            assertThat(user.status()).isEqualTo(UserStatus.DISABLED);
        }

        @Test
        void a_change_needs_a_time() {
            User user = registered();

            assertThatThrownBy(() -> user.disable(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void the_creation_time_never_changes() {
            User user = registered();

            user.disable(LATER);
            user.changePassword(SECOND_HASH, LATER.plusSeconds(1));

            assertThat(user.createdAt()).isEqualTo(REGISTERED_AT);
        }

        @Test
        void the_domain_does_not_bump_the_version_the_repository_does() {
            User user = registered();

            user.disable(LATER);

            assertThat(user.version()).isZero();
        }
    }

    @Nested
    class Identity {

        @Test
        void two_users_with_the_same_id_are_the_same_user() {
            User user = registered();
            User copy = User.reconstitute(user.snapshot());
            copy.disable(LATER);

            assertThat(copy).isEqualTo(user).hasSameHashCodeAs(user);
        }

        @Test
        void users_with_different_ids_differ_even_with_the_same_data() {
            assertThat(registered()).isNotEqualTo(registered());
        }

        @Test
        void to_string_does_not_print_the_password_hash() {
            assertThat(registered().toString()).doesNotContain("first-hash").doesNotContain("first-salt");
        }

        @Test
        void the_snapshot_does_not_print_the_password_hash() {
            assertThat(registered().snapshot().toString()).doesNotContain("first-hash").doesNotContain("first-salt");
        }
    }

    @Nested
    class Reconstituting {

        @Test
        void a_rebuilt_user_has_the_stored_state() {
            User user = registered();
            user.disable(LATER);

            assertThat(User.reconstitute(user.snapshot()).snapshot()).isEqualTo(user.snapshot());
        }

        @Test
        void a_negative_version_is_refused() {
            UserSnapshot s = registered().snapshot();
            UserSnapshot negative = new UserSnapshot(s.id(), s.username(), s.nickname(), s.email(), s.phone(), s.deptId(), s.passwordHash(),
                    s.mustChangePassword(), s.status(), -1, s.createdAt(), s.updatedAt(), s.deletedAt());

            assertThatThrownBy(() -> User.reconstitute(negative)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_missing_status_is_refused() {
            UserSnapshot s = registered().snapshot();
            UserSnapshot noStatus = new UserSnapshot(s.id(), s.username(), s.nickname(), s.email(), s.phone(), s.deptId(), s.passwordHash(),
                    s.mustChangePassword(), null, s.version(), s.createdAt(), s.updatedAt(), s.deletedAt());

            assertThatThrownBy(() -> User.reconstitute(noStatus)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void changing_a_rebuilt_user_does_not_change_the_snapshot_it_came_from() {
            UserSnapshot stored = registered().snapshot();
            User rebuilt = User.reconstitute(stored);

            rebuilt.disable(LATER);

            assertThat(stored.status()).isEqualTo(UserStatus.ENABLED);
        }
    }
}
