package dev.bastion.application.identity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.identity.csv.ImportUsers.Imported;
import dev.bastion.application.identity.csv.ImportUsers.Rejected;
import dev.bastion.application.identity.csv.ImportUsers.Result;
import dev.bastion.application.identity.csv.ImportUsers.Line;
import dev.bastion.application.identity.csv.ImportUsers.RowError;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.ForwardingUserRepository;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.testing.AllPowerfulActor;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import java.util.ArrayList;
import java.util.Collection;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.access.PermissionSet;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.application.testing.AccessFixtures;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.DataScope;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportUsersServiceTest {

    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final InMemoryUserRepository stored = new InMemoryUserRepository();
    private final List<Integer> usernameChecks = new ArrayList<>();
    private final InMemoryAccessStore store = new InMemoryAccessStore(stored)
            .defineRole("admin", "system:*:*").defineRole("auditor", "monitor:*:list");
        private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ImportUsersService imports = new ImportUsersService(new ChecksCounted(stored, usernameChecks),
            store.holdings(), store.roleLookup(), AllPowerfulActor.access(), new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments),
            departments, transactions, clock);
    private final DeptId sales = department("Sales");

    private DeptId department(String name) {
        Department department = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), clock.now());
        departments.add(department);
        return department.id();
    }

    /** A row with only a username; rows are numbered from 2, as under a header. */
    private static Line row(int number, String username) {
        return new Line(number, username, null, null, null, null, null, List.of());
    }

    private Result importRows(Line... rows) {
        return imports.importAll(AllPowerfulActor.ID, List.of(rows).iterator());
    }

    private List<UserSnapshot> live() {
        return stored.rows().stream().filter(s -> s.deletedAt() == null).toList();
    }

    private void existing(String username, String email) {
        stored.add(User.register(UserId.newId(), new Username(username), null, new Email(email), null, DeptId.ROOT,
                new FakePasswordHasher().hash("password-123"), false, clock.now()));
    }

    private static List<String> fields(Result result) {
        return ((Rejected) result).errors().stream().map(e -> e.row() + "." + e.field()).toList();
    }

    // --- within the actor's data scope and grants -------------------------------------------------------

    /** An importer who may do everything with users, but only in Sales. */
    private ImportUsersService salesImporter() {
        return new ImportUsersService(stored, store.holdings(), store.roleLookup(),
                user -> new UserAccess(List.of("sales_admin"),
                        PermissionSet.of(List.of(new PermissionCode("system:user:*"))),
                        new RecordScope(user.value(), false, Set.of(sales), false)),
                new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments), departments, transactions,
                clock);
    }

    @Test
    void a_department_outside_the_importers_scope_is_unknown_and_so_is_the_default_root() {
        DeptId support = department("Support");

        Result result = salesImporter().importAll(UserId.newId(), List.of(
                new Line(2, "inside", null, null, null, sales.toString(), null, List.of()),
                new Line(3, "outside", null, null, null, support.toString(), null, List.of()),
                new Line(4, "rooted", null, null, null, null, null, List.of())).iterator());

        assertThat(fields(result)).containsExactly("3.deptId", "4.deptId");
        assertThat(live()).isEmpty();
    }

    @Test
    void a_role_granting_more_than_the_importer_holds_refuses_the_whole_file() {
        Menu logs = Menu.create(MenuId.newId(), null, null, AccessFixtures.menu("Logs", "monitor:login-log:list"),
                clock.now());
        store.menus().add(logs);
        store.roles().add(Role.create(RoleId.newId(), new RoleCode("log_reader"),
                AccessFixtures.role(DataScope.SELF, logs.id()), clock.now()));

        assertThatThrownBy(() -> salesImporter().importAll(UserId.newId(), List.of(
                new Line(2, "fine", null, null, null, sales.toString(), null, List.of()),
                new Line(3, "promoted", null, null, null, sales.toString(), null, List.of("log_reader"))).iterator()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(live()).isEmpty();
    }

    // --- all good -----------------------------------------------------------------------------------

    @Test
    void every_row_becomes_a_user_with_its_values_and_roles_found_by_code_ignoring_case() {
        Result result = importRows(
                new Line(2, "ann", "Ann A.", "ann@example.com", "+1 555 0100", sales.toString(), "DISABLED",
                        List.of("ADMIN", "auditor")),
                row(3, "bob"));

        assertThat(result).isEqualTo(new Imported(2));
        User ann = stored.findByUsername(new Username("ann")).orElseThrow();
        assertThat(ann.nickname().value()).isEqualTo("Ann A.");
        assertThat(ann.email()).contains(new Email("ann@example.com"));
        assertThat(ann.phone().orElseThrow().value()).isEqualTo("+1 555 0100");
        assertThat(ann.deptId()).isEqualTo(sales);
        assertThat(ann.status()).isEqualTo(UserStatus.DISABLED);
        assertThat(ann.createdAt()).isEqualTo(clock.now());
        assertThat(store.roleIdsOf(ann.id())).containsExactlyInAnyOrder(
                store.idOf("admin"), store.idOf("auditor"));
    }

    @Test
    void absent_values_take_the_defaults_of_a_created_user() {
        importRows(row(2, "bob"));

        User bob = stored.findByUsername(new Username("bob")).orElseThrow();
        assertThat(bob.nickname().value()).isEqualTo("bob");
        assertThat(bob.deptId()).isEqualTo(DeptId.ROOT);
        assertThat(bob.status()).isEqualTo(UserStatus.ENABLED);
        assertThat(bob.email()).isEmpty();
        assertThat(bob.phone()).isEmpty();
        assertThat(store.roleIdsOf(bob.id())).isEmpty();
    }

    @Test
    void imported_users_have_no_password_anyone_could_sign_in_with_and_must_change_the_one_they_get() {
        importRows(row(2, "cid"));

        User cid = stored.findByUsername(new Username("cid")).orElseThrow();
        assertThat(cid.passwordHash()).isEqualTo(PasswordHash.NONE);
        assertThat(cid.mustChangePassword()).isTrue();
        FakePasswordHasher hasher = new FakePasswordHasher();
        assertThat(hasher.matches("", cid.passwordHash())).isFalse();
        assertThat(hasher.matches("no-password-set", cid.passwordHash())).isFalse();
    }

    @Test
    void thousands_of_rows_are_checked_in_batches_of_1000_and_stored_in_one_transaction() {
        List<Line> rows = IntStream.range(0, 2500).mapToObj(i -> row(i + 2, "user" + i)).toList();

        Result result = imports.importAll(AllPowerfulActor.ID, rows.iterator());

        assertThat(result).isEqualTo(new Imported(2500));
        assertThat(live()).hasSize(2500);
        assertThat(usernameChecks).containsExactly(1000, 1000, 500);
        assertThat(transactions.started()).isEqualTo(1);
    }

    @Test
    void a_file_without_rows_imports_nothing() {
        assertThat(importRows()).isEqualTo(new Imported(0));
        assertThat(transactions.started()).isLessThanOrEqualTo(1);
    }

    // --- all or nothing -----------------------------------------------------------------------------

    @Test
    void one_bad_row_among_good_ones_stores_nothing_and_is_named_by_its_row_and_field() {
        Result result = importRows(row(2, "ann"), row(3, "x"), row(4, "bob"));

        assertThat(result).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) result;
        assertThat(rejected.errors()).containsExactly(new RowError(3, "username",
                "must be 3 to 64 characters of letters, digits, '_', '.' or '-'"));
        assertThat(rejected.errorCount()).isEqualTo(1);
        assertThat(rejected.invalidRows()).isEqualTo(1);
        assertThat(live()).isEmpty();
        assertThat(transactions.started()).isZero();
    }

    @Test
    void a_bad_row_after_the_first_batch_still_stores_nothing() {
        List<Line> rows = new ArrayList<>(IntStream.range(0, 1500).mapToObj(i -> row(i + 2, "user" + i)).toList());
        rows.add(row(1502, "bad name"));

        Result result = imports.importAll(AllPowerfulActor.ID, rows.iterator());

        assertThat(fields(result)).containsExactly("1502.username");
        assertThat(live()).isEmpty();
    }

    @Test
    void each_value_is_checked_by_its_own_rule_and_errors_are_listed_in_column_order() {
        Result result = importRows(new Line(7, "a b", "   ", "not-an-email", "call me", "nope", "enabled",
                List.of("admin", "ghost", "phantom")));

        Rejected rejected = (Rejected) result;
        assertThat(rejected.errors()).extracting(RowError::field)
                .containsExactly("username", "nickname", "email", "phone", "deptId", "status", "roles");
        assertThat(rejected.errors()).extracting(RowError::row).containsOnly(7);
        assertThat(rejected.errors()).extracting(RowError::message).containsExactly(
                "must be 3 to 64 characters of letters, digits, '_', '.' or '-'",
                "must not be blank",
                "must be a well-formed email address",
                "must be a phone number of 3 to 32 digits, spaces, '+', '-', '(' or ')'",
                "must be a UUID",
                "must be ENABLED or DISABLED",
                "no such role: ghost, phantom");
        assertThat(rejected.errorCount()).isEqualTo(7);
        assertThat(rejected.invalidRows()).isEqualTo(1);
    }

    @Test
    void a_missing_username_and_an_unknown_department_are_named() {
        Result result = importRows(new Line(2, null, null, null, null, DeptId.newId().toString(), null, List.of()));

        assertThat(((Rejected) result).errors()).containsExactly(
                new RowError(2, "username", "must not be empty"),
                new RowError(2, "deptId", "no such department"));
    }

    @Test
    void a_username_or_email_twice_in_the_file_ignoring_case_names_the_later_row_and_the_earlier_one() {
        Result result = importRows(
                new Line(2, "ann", null, "ann@example.com", null, null, null, List.of()),
                new Line(3, "ANN", null, "other@example.com", null, null, null, List.of()),
                new Line(4, "bob", null, "Ann@Example.com", null, null, null, List.of()));

        assertThat(((Rejected) result).errors()).containsExactly(
                new RowError(3, "username", "is the same as in row 2"),
                new RowError(4, "email", "is the same as in row 2"));
        assertThat(live()).isEmpty();
    }

    @Test
    void a_username_or_email_a_live_user_has_ignoring_case_is_refused() {
        existing("carol", "carol@example.com");

        Result result = importRows(
                new Line(2, "Carol", null, null, null, null, null, List.of()),
                new Line(3, "dave", null, "CAROL@example.com", null, null, null, List.of()));

        assertThat(((Rejected) result).errors()).containsExactly(
                new RowError(2, "username", "is already taken"),
                new RowError(3, "email", "is already in use"));
        assertThat(live()).hasSize(1);
    }

    @Test
    void the_name_of_a_deleted_user_is_free() {
        existing("erin", "erin@example.com");
        User erin = stored.findByUsername(new Username("erin")).orElseThrow();
        erin.delete(clock.now());
        stored.update(erin);

        assertThat(importRows(new Line(2, "erin", null, "erin@example.com", null, null, null, List.of())))
                .isEqualTo(new Imported(1));
    }

    @Test
    void only_the_first_100_errors_are_listed_but_all_are_counted() {
        List<Line> rows = IntStream.range(0, 250)
                .mapToObj(i -> new Line(i + 2, "u" + i % 10, null, "bad", null, null, null, List.of()))
                .toList();

        Rejected rejected = (Rejected) imports.importAll(AllPowerfulActor.ID, rows.iterator());

        assertThat(rejected.errors()).hasSize(100);
        assertThat(rejected.errors().get(0)).isEqualTo(new RowError(2, "username",
                "must be 3 to 64 characters of letters, digits, '_', '.' or '-'"));
        assertThat(rejected.errorCount()).isEqualTo(500);
        assertThat(rejected.invalidRows()).isEqualTo(250);
    }

    /** The fake user repository, recording how many usernames each uniqueness check asks about. */
    private static final class ChecksCounted extends ForwardingUserRepository {

        private final List<Integer> usernameChecks;

        ChecksCounted(InMemoryUserRepository users, List<Integer> usernameChecks) {
            super(users);
            this.usernameChecks = usernameChecks;
        }

        @Override
        public Set<Username> takenUsernames(Collection<Username> usernames) {
            usernameChecks.add(usernames.size());
            return super.takenUsernames(usernames);
        }
    }
}
