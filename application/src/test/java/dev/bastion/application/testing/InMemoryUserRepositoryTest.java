package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    // --- data scope and listing ------------------------------------------------------------------------

    private static User member(String username, DeptId dept) {
        return User.register(UserId.newId(), new Username(username), null, null, null, dept, HASH, false, NOW);
    }

    private static List<String> names(Page<User> page) {
        return page.items().stream().map(u -> u.username().value()).toList();
    }

    @Test
    void a_user_is_visible_when_the_scope_covers_their_department_or_them() {
        DeptId sales = DeptId.newId();
        User jane = member("jane", sales);
        users.add(jane);
        UUID viewer = UUID.randomUUID();

        assertThat(users.findVisible(jane.id(), RecordScope.everything(viewer))).isPresent();
        assertThat(users.findVisible(jane.id(), new RecordScope(viewer, false, Set.of(sales), false))).isPresent();
        assertThat(users.findVisible(jane.id(), RecordScope.onlyOwn(viewer))).isEmpty();
        assertThat(users.findVisible(jane.id(), RecordScope.onlyOwn(jane.id().value()))).isPresent();
        assertThat(users.findVisible(jane.id(), new RecordScope(jane.id().value(), false, Set.of(), false))).isEmpty();
    }

    @Test
    void a_deleted_user_is_not_visible_in_any_scope() {
        User jane = user("jane");
        users.add(jane);
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.delete(NOW);
        users.update(loaded);

        assertThat(users.findVisible(jane.id(), RecordScope.everything(jane.id().value()))).isEmpty();
    }

    @Test
    void the_listing_holds_only_users_inside_the_scope_and_counts_only_them() {
        DeptId sales = DeptId.newId();
        DeptId support = DeptId.newId();
        User ann = member("ann", sales);
        User bob = member("bob", support);
        User cid = member("cid", sales);
        users.add(ann);
        users.add(bob);
        users.add(cid);

        Page<User> page = users.find(UserQuery.any(), new RecordScope(bob.id().value(), false, Set.of(sales), true),
                PageRequest.first(2), UserSort.USERNAME_DESC);

        assertThat(names(page)).containsExactly("cid", "bob");
        assertThat(page.total()).isEqualTo(3);
        assertThat(names(users.find(UserQuery.any(), RecordScope.onlyOwn(UUID.randomUUID()), PageRequest.first(10),
                UserSort.USERNAME_ASC))).isEmpty();
    }

    @Test
    void the_department_filter_includes_sub_departments_when_the_tree_is_known() {
        InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
        Department sales = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails("Sales", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        Department east = Department.create(DeptId.newId(), sales.id(),
                new DepartmentDetails("East", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        departments.add(sales);
        departments.add(east);
        InMemoryUserRepository withTree = new InMemoryUserRepository(departments);
        withTree.add(member("ann", sales.id()));
        withTree.add(member("bob", east.id()));
        withTree.add(member("cid", DeptId.ROOT));
        users.add(member("ann", sales.id()));
        users.add(member("bob", east.id()));

        UserQuery inSales = new UserQuery(null, null, sales.id());
        RecordScope all = RecordScope.everything(UUID.randomUUID());

        assertThat(names(withTree.find(inSales, all, PageRequest.first(10), UserSort.USERNAME_ASC)))
                .containsExactly("ann", "bob");
        assertThat(names(users.find(inSales, all, PageRequest.first(10), UserSort.USERNAME_ASC)))
                .containsExactly("ann");
    }
}
