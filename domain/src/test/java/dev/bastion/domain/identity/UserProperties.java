package dev.bastion.domain.identity;

import dev.bastion.domain.shared.EmailProperties;
import dev.bastion.domain.shared.Email;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UserProperties {

    private static final Instant REGISTERED_AT = Instant.parse("2025-03-01T09:00:00Z");

    /** A change and the clock reading it is made at, up to a day either side of registration. */
    record TimedChange(UserChange change, Instant at) {
    }

    @Property
    void a_snapshot_rebuilds_into_a_user_with_exactly_that_snapshot(@ForAll("snapshots") UserSnapshot snapshot) {
        assertThat(User.reconstitute(snapshot).snapshot()).isEqualTo(snapshot);
    }

    @Property
    void a_rebuilt_user_keeps_the_identity_of_the_original(@ForAll("snapshots") UserSnapshot snapshot) {
        assertThat(User.reconstitute(snapshot).id()).isEqualTo(snapshot.id());
    }

    @Property
    void updated_at_never_goes_backwards(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        for (TimedChange step : history) {
            Instant before = user.updatedAt();
            tryApply(step, user);
            assertThat(user.updatedAt()).isAfterOrEqualTo(before);
        }
    }

    @Property
    void updated_at_is_the_latest_time_of_anything_that_happened(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        Instant latest = REGISTERED_AT;
        for (TimedChange step : history) {
            user.pullEvents();
            // a change that was refused, or that changed nothing (the same profile again), did not happen
            if (tryApply(step, user) && user.hasPendingEvents()) {
                latest = step.at().isAfter(latest) ? step.at() : latest;
            }
        }
        assertThat(user.updatedAt()).isEqualTo(latest);
    }

    @Property
    void a_refused_change_leaves_the_user_exactly_as_it_was(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        for (TimedChange step : history) {
            UserSnapshot before = user.snapshot();
            if (!tryApply(step, user)) {
                assertThat(user.snapshot()).isEqualTo(before);
            }
        }
    }

    @Property
    void once_deleted_a_user_never_changes_again(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        user.delete(REGISTERED_AT);
        UserSnapshot deleted = user.snapshot();

        for (TimedChange step : history) {
            assertThat(tryApply(step, user)).isFalse();
        }
        assertThat(user.snapshot()).isEqualTo(deleted);
    }

    @Property
    void a_user_can_sign_in_exactly_when_enabled_and_not_deleted(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        history.forEach(step -> tryApply(step, user));

        assertThat(user.canSignIn()).isEqualTo(user.status() == UserStatus.ENABLED && !user.isDeleted());
    }

    @Property
    void the_identity_and_creation_never_change(@ForAll("histories") List<TimedChange> history) {
        User user = register();
        UserSnapshot first = user.snapshot();
        history.forEach(step -> tryApply(step, user));

        assertThat(user.id()).isEqualTo(first.id());
        assertThat(user.username()).isEqualTo(first.username());
        assertThat(user.createdAt()).isEqualTo(first.createdAt());
        assertThat(user.version()).isEqualTo(first.version());
    }

    private static User register() {
        return User.register(UserId.newId(), new Username("jane"), null, null,
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"), false, REGISTERED_AT);
    }

    /** Applies the change; false when the user refused it. */
    private static boolean tryApply(TimedChange step, User user) {
        try {
            step.change().apply(user, step.at());
            return true;
        } catch (ConflictException refused) {
            return false;
        }
    }

    @Provide
    Arbitrary<List<TimedChange>> histories() {
        Arbitrary<Instant> around = Arbitraries.longs().between(-86_400, 86_400).map(REGISTERED_AT::plusSeconds);
        return Combinators.combine(Arbitraries.of(UserChange.class), around).as(TimedChange::new)
                .list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<UserSnapshot> snapshots() {
        Arbitrary<UserId> ids = UserIdProperties.userIds();
        Arbitrary<Username> usernames = UsernameProperties.validUsernames().map(Username::new);
        Arbitrary<Nickname> nicknames = NicknameProperties.validNicknames().map(Nickname::new);
        Arbitrary<Email> emails = EmailProperties.validEmails().map(Email::new).injectNull(0.3);
        Arbitrary<PasswordHash> hashes = PasswordHashProperties.validEncodings().map(PasswordHash::new);
        Arbitrary<Boolean> mustChange = Arbitraries.of(true, false);
        Arbitrary<UserStatus> statuses = Arbitraries.of(UserStatus.class);
        Arbitrary<Long> versions = Arbitraries.longs().greaterOrEqual(0);

        Arbitrary<Instant> createdAts = Combinators.combine(
                        Arbitraries.longs().between(0, 4_102_444_800L), // 1970 to 2100
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Duration> sinceCreation = Arbitraries.longs().between(0, 10L * 365 * 86_400).map(Duration::ofSeconds);
        Arbitrary<Times> times = Combinators.combine(createdAts, sinceCreation, sinceCreation.injectNull(0.5))
                .as((created, updatedAfter, deletedAfter) -> {
                    Instant updated = created.plus(updatedAfter);
                    Instant deleted = deletedAfter == null ? null : min(created.plus(deletedAfter), updated);
                    return new Times(created, updated, deleted);
                });

        Arbitrary<Partial> partials = Combinators.combine(ids, usernames, nicknames, emails, hashes, mustChange, statuses, versions)
                .as(Partial::new);
        return Combinators.combine(partials, times).as((p, t) -> new UserSnapshot(p.id, p.username, p.nickname, p.email, null, dev.bastion.domain.organization.DeptId.ROOT,
                p.passwordHash, p.mustChangePassword, p.status, p.version, t.createdAt, t.updatedAt, t.deletedAt));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Partial(UserId id, Username username, Nickname nickname, Email email, PasswordHash passwordHash,
                           boolean mustChangePassword, UserStatus status, long version) {
    }

    /** created ≤ deleted ≤ updated, as the aggregate itself would leave them. */
    private record Times(Instant createdAt, Instant updatedAt, Instant deletedAt) {
    }
}
