package dev.bastion.application.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.identity.administration.SeedAdministrator.Command;
import dev.bastion.application.identity.administration.SeedAdministrator.Result;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.identity.PasswordHasher;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.UuidV7;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SeedAdministratorServiceTest {

    private static final String CONFIGURED = "operator-chosen-pw";
    private static final Command GENERATE = new Command(null);

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("super_admin", "*")
            .defineRole("auditor", "system:log:read");
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final FixedClock clock = FixedClock.at("2025-03-01T09:00:00Z");

    private final SeedAdministrator seeding = service(hasher);

    private SeedAdministrator service(PasswordHasher passwordHasher) {
        return new SeedAdministratorService(users, store.holdings(), passwordHasher, transactions, clock,
                new PasswordGenerator(new Random(7)));
    }

    private User storedAdministrator() {
        return users.findByUsername(new Username("admin")).orElseThrow();
    }

    // --- first start, nothing configured -----------------------------------------------------

    @Test
    void the_first_seeding_creates_the_administrator() {
        Result result = seeding.seed(GENERATE);

        assertThat(result.created()).isTrue();
        assertThat(storedAdministrator().id()).isEqualTo(result.administratorId());
    }

    @Test
    void the_administrator_is_called_admin() {
        seeding.seed(GENERATE);

        assertThat(users.rows()).extracting(UserSnapshot::username).containsExactly(new Username("admin"));
    }

    @Test
    void a_generated_password_is_returned_to_be_shown_once() {
        Result result = seeding.seed(GENERATE);

        assertThat(result.generatedPassword()).hasValueSatisfying(password -> assertThat(password).hasSize(20));
    }

    @Test
    void the_administrator_signs_in_with_the_generated_password() {
        Result result = seeding.seed(GENERATE);

        assertThat(hasher.matches(result.generatedPassword().orElseThrow(), storedAdministrator().passwordHash())).isTrue();
    }

    @Test
    void a_generated_password_must_be_changed() {
        seeding.seed(GENERATE);

        assertThat(storedAdministrator().mustChangePassword()).isTrue();
    }

    @Test
    void the_administrator_is_enabled_and_can_sign_in() {
        seeding.seed(GENERATE);

        assertThat(storedAdministrator().status()).isEqualTo(UserStatus.ENABLED);
        assertThat(storedAdministrator().canSignIn()).isTrue();
    }

    @Test
    void the_administrator_is_created_at_the_clock_time() {
        seeding.seed(GENERATE);

        assertThat(storedAdministrator().createdAt()).isEqualTo(clock.now());
    }

    @Test
    void the_administrator_gets_a_uuid_v7() {
        Result result = seeding.seed(GENERATE);

        assertThat(UuidV7.isVersion7(result.administratorId().value())).isTrue();
    }

    @Test
    void seeding_runs_under_the_seeding_lock() {
        seeding.seed(GENERATE);

        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void the_administrator_holds_the_role_super_admin() {
        Result result = seeding.seed(GENERATE);

        assertThat(store.grants().grantsOf(result.administratorId()).roles()).containsExactly("super_admin");
    }

    @Test
    void the_administrator_may_do_everything_through_super_admin() {
        Result result = seeding.seed(GENERATE);

        assertThat(store.grants().grantsOf(result.administratorId()).permissions().allows(
                new PermissionCode("system:user:delete"))).isTrue();
    }

    @Test
    void without_the_role_super_admin_seeding_fails() {
        SeedAdministrator withoutRoles = new SeedAdministratorService(users, new InMemoryAccessStore(users).holdings(),
                hasher, transactions, clock, new PasswordGenerator(new Random(7)));

        assertThatThrownBy(() -> withoutRoles.seed(GENERATE)).isInstanceOf(NotFoundException.class);
    }

    // --- first start, password configured ----------------------------------------------------

    @Test
    void a_configured_password_is_the_administrators_password() {
        seeding.seed(new Command(CONFIGURED));

        assertThat(hasher.matches(CONFIGURED, storedAdministrator().passwordHash())).isTrue();
    }

    @Test
    void a_configured_password_need_not_be_changed() {
        seeding.seed(new Command(CONFIGURED));

        assertThat(storedAdministrator().mustChangePassword()).isFalse();
    }

    @Test
    void a_configured_password_is_not_returned() {
        Result result = seeding.seed(new Command(CONFIGURED));

        assertThat(result.created()).isTrue();
        assertThat(result.generatedPassword()).isEmpty();
    }

    @Test
    void a_configured_password_of_exactly_10_characters_is_long_enough() {
        Result result = seeding.seed(new Command("0123456789"));

        assertThat(result.created()).isTrue();
    }

    @Test
    void a_configured_password_shorter_than_10_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> seeding.seed(new Command("123456789")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("BASTION_ADMIN_PASSWORD"));
    }

    @Test
    void a_refused_configured_password_writes_nothing() {
        assertThatThrownBy(() -> seeding.seed(new Command("short"))).isInstanceOf(InvalidValueException.class);

        assertThat(users.rows()).isEmpty();
    }

    @Test
    void a_later_start_ignores_the_configured_password_whatever_it_is() {
        Result first = seeding.seed(GENERATE);

        Result later = seeding.seed(new Command("short"));

        assertThat(later.created()).isFalse();
        assertThat(later.administratorId()).isEqualTo(first.administratorId());
    }

    @Test
    void an_empty_configured_password_is_refused_not_taken_as_generate() {
        assertThatThrownBy(() -> seeding.seed(new Command(""))).isInstanceOf(InvalidValueException.class);
    }

    // --- later starts --------------------------------------------------------------------------

    @Test
    void seeding_again_creates_nothing() {
        seeding.seed(GENERATE);

        Result again = seeding.seed(GENERATE);

        assertThat(again.created()).isFalse();
        assertThat(users.rows()).hasSize(1);
    }

    @Test
    void seeding_again_does_not_touch_the_roles_of_the_existing_administrator() {
        Result first = seeding.seed(GENERATE);

        seeding.seed(GENERATE);

        assertThat(store.grants().grantsOf(first.administratorId()).roles()).containsExactly("super_admin");
    }

    @Test
    void an_existing_administrator_is_not_given_super_admin_again() {
        // An operator may have taken super_admin away from admin on purpose; later starts leave that alone.
        User existing = User.register(UserId.newId(), new Username("admin"), null, null,
                hasher.hash("whatever-it-was"), false, clock.now());
        users.add(existing);
        store.assignRole(existing.id(), "auditor");

        seeding.seed(GENERATE);

        assertThat(store.grants().grantsOf(existing.id()).roles()).containsExactly("auditor");
    }

    @Test
    void seeding_again_answers_with_the_existing_administrator() {
        Result first = seeding.seed(GENERATE);

        Result again = seeding.seed(GENERATE);

        assertThat(again.administratorId()).isEqualTo(first.administratorId());
    }

    @Test
    void seeding_again_does_not_show_a_password() {
        seeding.seed(GENERATE);

        assertThat(seeding.seed(GENERATE).generatedPassword()).isEmpty();
    }

    @Test
    void seeding_again_with_a_configured_password_does_not_overwrite_the_existing_one() {
        seeding.seed(GENERATE);
        UserSnapshot before = storedAdministrator().snapshot();
        clock.advanceBy(Duration.ofDays(1));

        seeding.seed(new Command(CONFIGURED));

        assertThat(storedAdministrator().snapshot()).isEqualTo(before);
    }

    @Test
    void an_existing_admin_spelled_in_another_case_is_the_administrator() {
        User existing = User.register(UserId.newId(), new Username("Admin"), null, null,
                hasher.hash("whatever-it-was"), false, clock.now());
        users.add(existing);

        Result result = seeding.seed(GENERATE);

        assertThat(result.created()).isFalse();
        assertThat(result.administratorId()).isEqualTo(existing.id());
    }

    // --- several instances starting together -----------------------------------------------------

    @Test
    void two_instances_seeding_at_once_create_exactly_one_administrator() throws Exception {
        // Hashing as slow as a real hasher keeps the window between "is there one?" and "add it" open.
        SeedAdministrator instanceA = service(new FakePasswordHasher(Duration.ofMillis(100)));
        SeedAdministrator instanceB = service(new FakePasswordHasher(Duration.ofMillis(100)));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Result> a = threads.submit(() -> {
                start.await();
                return instanceA.seed(GENERATE);
            });
            Future<Result> b = threads.submit(() -> {
                start.await();
                return instanceB.seed(GENERATE);
            });
            Result resultA = a.get(10, TimeUnit.SECONDS);
            Result resultB = b.get(10, TimeUnit.SECONDS);

            assertThat(users.rows()).hasSize(1);
            assertThat(List.of(resultA.created(), resultB.created())).containsExactlyInAnyOrder(true, false);
            assertThat(resultA.administratorId()).isEqualTo(resultB.administratorId());
        } finally {
            threads.shutdownNow();
        }
    }

    // --- nothing secret in logs ----------------------------------------------------------------------

    @Test
    void the_result_never_prints_the_generated_password() {
        Result result = seeding.seed(GENERATE);

        assertThat(result.toString()).doesNotContain(result.generatedPassword().orElseThrow());
    }

    @Test
    void the_command_never_prints_the_configured_password() {
        assertThat(new Command(CONFIGURED).toString()).doesNotContain(CONFIGURED);
    }
}
