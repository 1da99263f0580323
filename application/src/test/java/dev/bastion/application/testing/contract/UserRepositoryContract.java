package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSnapshot;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
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
import dev.bastion.domain.shared.PhoneNumber;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link UserRepository} promises, in memory as in PostgreSQL. Each test names its users
 * with a prefix of its own (letters and digits only, so no collation can order them differently)
 * and lists them by that prefix or by a department of its own, so tests sharing one database never
 * meet.
 */
public abstract class UserRepositoryContract {

    private static final Instant NOW = AccessWorld.NOW;
    private static final PasswordHash HASH =
            new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    private AccessWorld world;
    private UserRepository users;
    private String tag;
    private RecordScope everything;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        users = world.users();
        tag = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        everything = RecordScope.everything(UUID.randomUUID());
    }

    private User user(String name, DeptId dept, Instant createdAt) {
        return User.register(UserId.newId(), new Username(tag + name), null, null, null, dept, HASH, false, createdAt);
    }

    private User withEmail(String name, String email) {
        return User.register(UserId.newId(), new Username(tag + name), null, new Email(email), null, DeptId.ROOT,
                HASH, false, NOW);
    }

    private User added(String name, DeptId dept, Instant createdAt) {
        User user = user(name, dept, createdAt);
        users.add(user);
        return user;
    }

    private User added(String name) {
        return added(name, DeptId.ROOT, NOW);
    }

    private String email(String local) {
        return local + "." + tag + "@example.com";
    }

    private void disable(User user) {
        User stored = users.findById(user.id()).orElseThrow();
        stored.disable(NOW);
        users.update(stored);
    }

    private void delete(User user) {
        User stored = users.findById(user.id()).orElseThrow();
        stored.delete(NOW);
        users.update(stored);
    }

    private DeptId department(DeptId parent) {
        Department dept = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(AccessWorld.unique("dept"), 0, null, null, null, DepartmentStatus.ENABLED),
                NOW);
        world.departments().add(dept);
        return dept.id();
    }

    private UserQuery ours() {
        return new UserQuery(tag, null, null);
    }

    private List<String> names(List<User> found) {
        return found.stream().map(u -> u.username().value().substring(tag.length())).toList();
    }

    private List<String> listed(UserQuery query, RecordScope scope, UserSort sort) {
        return names(users.find(query, scope, PageRequest.first(PageRequest.MAX_SIZE), sort).items());
    }

    private static void assertConflictOn(String field, Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).contains(field));
    }

    // --- storing and reading back ------------------------------------------------------------------

    @Test
    void anAddedUserIsReadBackAsItWasStoredAndTheRepositoryTookItsEvents() {
        DeptId dept = department(DeptId.ROOT);
        User jane = User.register(UserId.newId(), new Username(tag + "Jane"), new Nickname("Jane D."),
                new Email(email("Jane")), new PhoneNumber("+49 30 1234567"), dept, HASH, true, NOW);
        UserSnapshot asAdded = jane.snapshot();

        users.add(jane);

        assertThat(jane.pullEvents()).isEmpty();
        assertThat(users.findById(jane.id())).map(User::snapshot).contains(asAdded);
        assertThat(users.findByUsername(new Username(tag.toUpperCase(Locale.ROOT) + "JANE")))
                .map(User::snapshot).contains(asAdded);
        assertThat(users.findById(UserId.newId())).isEmpty();
        assertThat(users.findByUsername(new Username(tag + "nobody"))).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAtTheNextVersionAndTakesTheEvents() {
        User jane = added("jane");
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.updateProfile(new Nickname("J"), new Email(email("jane")), null, department(DeptId.ROOT), NOW);
        loaded.disable(NOW.plusSeconds(1));

        User stored = users.update(loaded);

        assertThat(loaded.pullEvents()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(users.findById(jane.id())).map(User::snapshot).contains(stored.snapshot());
        assertThat(stored.status()).isEqualTo(UserStatus.DISABLED);
        assertThat(stored.email()).contains(new Email(email("jane")));
        assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void anUpdateFromAStaleReadIsAVersionConflictAndChangesNothing() {
        User jane = added("jane");
        User first = users.findById(jane.id()).orElseThrow();
        User second = users.findById(jane.id()).orElseThrow();
        first.disable(NOW);
        users.update(first);

        second.updateProfile(new Nickname("Stale"), null, NOW);

        assertThatThrownBy(() -> users.update(second)).isInstanceOf(VersionConflictException.class);
        User now = users.findById(jane.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.nickname()).isNotEqualTo(new Nickname("Stale"));
        assertThat(now.status()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void changingALoadedUserWithoutUpdateStoresNothing() {
        User jane = added("jane");

        users.findById(jane.id()).orElseThrow().disable(NOW);

        assertThat(users.findById(jane.id()).orElseThrow().status()).isEqualTo(UserStatus.ENABLED);
    }

    // --- uniqueness ------------------------------------------------------------------------------------

    @Test
    void aUsernameInUseInAnyCaseIsAConflictOnUsernameAndTheRefusedUserIsNotStored() {
        added("jane");
        User twin = user("JANE", DeptId.ROOT, NOW);

        assertConflictOn("username", () -> users.add(twin));
        assertThat(users.findById(twin.id())).isEmpty();
    }

    @Test
    void anEmailInUseInAnyCaseIsAConflictOnEmail() {
        users.add(withEmail("jane", email("jane")));
        User john = withEmail("john", email("JANE").toUpperCase(Locale.ROOT));

        assertConflictOn("email", () -> users.add(john));
        assertThat(users.findById(john.id())).isEmpty();
    }

    @Test
    void anUpdateTakingAnotherUsersEmailIsAConflictOnEmail() {
        users.add(withEmail("jane", email("jane")));
        User john = added("john");
        User loaded = users.findById(john.id()).orElseThrow();
        loaded.updateProfile(loaded.nickname(), new Email(email("Jane")), NOW);

        assertConflictOn("email", () -> users.update(loaded));
        assertThat(users.findById(john.id()).orElseThrow().email()).isEmpty();
    }

    @Test
    void takenUsernamesAndEmailsAreThoseOfLiveUsersIgnoringCase() {
        users.add(withEmail("jane", email("jane")));
        User gone = withEmail("gone", email("gone"));
        users.add(gone);
        delete(gone);

        assertThat(users.takenUsernames(List.of(new Username(tag + "JANE"), new Username(tag + "gone"),
                new Username(tag + "free")))).containsExactly(new Username(tag + "JANE"));
        assertThat(users.takenEmails(List.of(new Email(email("JANE")), new Email(email("gone")),
                new Email(email("free"))))).containsExactly(new Email(email("JANE")));
        assertThat(users.takenUsernames(List.of())).isEmpty();
        assertThat(users.takenEmails(List.of())).isEmpty();
    }

    // --- soft delete -----------------------------------------------------------------------------------

    @Test
    void aDeletedUserIsInvisibleEverywhereAndFreesItsUsernameAndEmail() {
        User jane = withEmail("jane", email("jane"));
        users.add(jane);
        delete(jane);

        assertThat(users.findById(jane.id())).isEmpty();
        assertThat(users.findByUsername(jane.username())).isEmpty();
        assertThat(users.findVisible(jane.id(), everything)).isEmpty();
        assertThat(users.findVisible(jane.id(), RecordScope.onlyOwn(jane.id().value()))).isEmpty();
        assertThat(users.find(ours(), everything, PageRequest.first(10), UserSort.USERNAME_ASC).total()).isZero();
        assertThat(users.findSlice(ours(), everything, UserSort.USERNAME_ASC, Optional.empty(), 10)).isEmpty();

        User again = withEmail("Jane", email("Jane"));
        users.add(again);
        assertThat(users.findByUsername(jane.username())).map(User::id).contains(again.id());
    }

    // --- data scope ------------------------------------------------------------------------------------

    @Test
    void aUserIsVisibleWhenTheScopeCoversTheirDepartmentOrThemAsTheViewer() {
        DeptId sales = department(DeptId.ROOT);
        DeptId east = department(sales);
        User jane = added("jane", sales, NOW);
        UUID viewer = UUID.randomUUID();

        assertThat(users.findVisible(jane.id(), everything)).map(User::id).contains(jane.id());
        assertThat(users.findVisible(jane.id(), new RecordScope(viewer, false, Set.of(sales), false))).isPresent();
        assertThat(users.findVisible(jane.id(), new RecordScope(viewer, false, Set.of(east), true))).isEmpty();
        assertThat(users.findVisible(jane.id(), RecordScope.onlyOwn(viewer))).isEmpty();
        assertThat(users.findVisible(jane.id(), RecordScope.onlyOwn(jane.id().value()))).isPresent();
        assertThat(users.findVisible(jane.id(), new RecordScope(jane.id().value(), false, Set.of(), false)))
                .isEmpty();
        assertThat(users.findVisible(UserId.newId(), everything)).isEmpty();
    }

    @Test
    void theListingAndItsSlicesHoldAndCountOnlyTheUsersInsideTheScope() {
        DeptId sales = department(DeptId.ROOT);
        DeptId support = department(DeptId.ROOT);
        added("ann", sales, NOW);
        User bob = added("bob", support, NOW);
        added("cid", sales, NOW);
        added("dan", support, NOW);
        RecordScope salesAndBob = new RecordScope(bob.id().value(), false, Set.of(sales), true);

        Page<User> page = users.find(ours(), salesAndBob, PageRequest.first(2), UserSort.USERNAME_DESC);

        assertThat(names(page.items())).containsExactly("cid", "bob");
        assertThat(page.total()).isEqualTo(3);
        assertThat(names(users.findSlice(ours(), salesAndBob, UserSort.USERNAME_ASC, Optional.empty(), 10)))
                .containsExactly("ann", "bob", "cid");
        assertThat(listed(ours(), new RecordScope(bob.id().value(), false, Set.of(sales), false),
                UserSort.USERNAME_ASC)).containsExactly("ann", "cid");
        assertThat(listed(ours(), RecordScope.onlyOwn(UUID.randomUUID()), UserSort.USERNAME_ASC)).isEmpty();
        assertThat(users.find(ours(), new RecordScope(bob.id().value(), false, Set.of(), false),
                PageRequest.first(10), UserSort.USERNAME_ASC).total()).isZero();
    }

    // --- listing -----------------------------------------------------------------------------------------

    @Test
    void aPrefixMatchesTheStartOfTheUsernameIgnoringCaseAndItsWildcardsLiterally() {
        added("_x");
        added("ax");
        added("Abc");
        added("zab");

        assertThat(listed(new UserQuery(tag.toUpperCase(Locale.ROOT) + "A", null, null), everything,
                UserSort.USERNAME_ASC)).containsExactly("Abc", "ax");
        assertThat(listed(new UserQuery(tag + "_", null, null), everything, UserSort.USERNAME_ASC))
                .containsExactly("_x");
        assertThat(listed(new UserQuery(tag + "%", null, null), everything, UserSort.USERNAME_ASC)).isEmpty();
        assertThat(listed(new UserQuery(tag + "ab", null, null), everything, UserSort.USERNAME_ASC))
                .containsExactly("Abc");
    }

    @Test
    void theStatusFilterKeepsThatStatusOnly() {
        added("ann");
        User bob = added("bob");
        disable(bob);

        assertThat(listed(new UserQuery(tag, UserStatus.DISABLED, null), everything, UserSort.USERNAME_ASC))
                .containsExactly("bob");
        assertThat(listed(new UserQuery(tag, UserStatus.ENABLED, null), everything, UserSort.USERNAME_ASC))
                .containsExactly("ann");
    }

    @Test
    void theDepartmentFilterIncludesTheSubDepartmentsButNotDeletedOnes() {
        DeptId sales = department(DeptId.ROOT);
        DeptId east = department(sales);
        DeptId closed = department(sales);
        added("ann", sales, NOW);
        added("bob", east, NOW);
        added("cid", DeptId.ROOT, NOW);
        added("dan", closed, NOW);
        Department closing = world.departments().findById(closed).orElseThrow();
        closing.delete(NOW);
        world.departments().update(closing);

        assertThat(listed(new UserQuery(tag, null, sales), everything, UserSort.USERNAME_ASC))
                .containsExactly("ann", "bob");
        assertThat(listed(new UserQuery(null, null, east), everything, UserSort.USERNAME_ASC))
                .containsExactly("bob");
    }

    @Test
    void theListingIsInTheOrderAskedForAndPagesCarryTheTotal() {
        DeptId dept = department(DeptId.ROOT);
        added("dora", dept, NOW.plusSeconds(1));
        added("Bert", dept, NOW.plusSeconds(3));
        added("anna", dept, NOW.plusSeconds(4));
        added("Carl", dept, NOW.plusSeconds(2));
        UserQuery inDept = new UserQuery(null, null, dept);

        assertThat(listed(inDept, everything, UserSort.USERNAME_ASC)).containsExactly("anna", "Bert", "Carl", "dora");
        assertThat(listed(inDept, everything, UserSort.USERNAME_DESC)).containsExactly("dora", "Carl", "Bert", "anna");
        assertThat(listed(inDept, everything, UserSort.CREATED_AT_ASC)).containsExactly("dora", "Carl", "Bert", "anna");
        assertThat(listed(inDept, everything, UserSort.CREATED_AT_DESC)).containsExactly("anna", "Bert", "Carl", "dora");

        Page<User> second = users.find(inDept, everything, new PageRequest(2, 3), UserSort.USERNAME_ASC);
        assertThat(names(second.items())).containsExactly("dora");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(3);
        Page<User> beyond = users.find(inDept, everything, new PageRequest(3, 3), UserSort.USERNAME_ASC);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    // --- slices (keyset) ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(UserSort.class)
    void slicesVisitEveryMatchingUserOnceInTheListingsOrderEvenInsideTiesOnTheCreationTime(UserSort sort) {
        DeptId dept = department(DeptId.ROOT);
        List<UserId> all = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // four creation times, so most users share theirs with others: the id breaks those ties
            String name = (i % 2 == 0 ? "User" : "user") + (char) ('a' + (i * 7) % 11);
            all.add(added(name, dept, NOW.plusSeconds(i % 4)).id());
        }
        UserQuery inDept = new UserQuery(null, null, dept);

        List<User> read = new ArrayList<>();
        Optional<User> last = Optional.empty();
        for (int slices = 0; slices < 20; slices++) {
            List<User> slice = users.findSlice(inDept, everything, sort, last, 3);
            assertThat(slice.size()).isLessThanOrEqualTo(3);
            if (slice.isEmpty()) {
                break;
            }
            read.addAll(slice);
            last = Optional.of(slice.get(slice.size() - 1));
        }

        assertThat(read).map(User::id).containsExactlyInAnyOrderElementsOf(all);
        assertThat(read).map(User::id).containsExactlyElementsOf(
                users.find(inDept, everything, PageRequest.first(PageRequest.MAX_SIZE), sort).items().stream()
                        .map(User::id).toList());
    }

    @Test
    void slicesApplyTheListingsFiltersAndEndEmpty() {
        DeptId dept = department(DeptId.ROOT);
        added("ann", dept, NOW);
        User bob = added("bob", dept, NOW);
        added("cid", dept, NOW);
        added("dan", DeptId.ROOT, NOW);
        disable(bob);

        List<User> enabled = users.findSlice(new UserQuery(tag, UserStatus.ENABLED, dept), everything,
                UserSort.USERNAME_ASC, Optional.empty(), 10);

        assertThat(names(enabled)).containsExactly("ann", "cid");
        assertThat(users.findSlice(new UserQuery(tag, UserStatus.ENABLED, dept), everything, UserSort.USERNAME_ASC,
                Optional.of(enabled.get(1)), 10)).isEmpty();
        assertThat(users.findSlice(new UserQuery(tag + "zzz", null, null), everything, UserSort.CREATED_AT_DESC,
                Optional.empty(), 10)).isEmpty();
    }

    // --- batches -----------------------------------------------------------------------------------------

    @Test
    void aBatchStoresEveryUserAtVersionZeroAndTakesTheirEvents() {
        List<User> batch = List.of(withEmail("ann", email("ann")), user("bob", department(DeptId.ROOT), NOW),
                user("cid", DeptId.ROOT, NOW));
        List<UserSnapshot> asAdded = batch.stream().map(User::snapshot).toList();

        users.addAll(batch);
        users.addAll(List.of());

        assertThat(batch).allSatisfy(user -> assertThat(user.pullEvents()).isEmpty());
        assertThat(batch).map(user -> users.findById(user.id()).map(User::snapshot).orElseThrow())
                .containsExactlyElementsOf(asAdded);
    }

    @Test
    void aBatchClashingWithAStoredUserIsAConflictOnTheFieldAndStoresNothingOfIt() {
        users.add(withEmail("jane", email("jane")));
        User ann = user("ann", DeptId.ROOT, NOW);
        User john = withEmail("john", email("JANE"));
        User bob = user("bob", DeptId.ROOT, NOW);

        assertConflictOn("email", () -> users.addAll(List.of(ann, john, bob)));
        assertConflictOn("username", () -> users.addAll(List.of(ann, user("Jane", DeptId.ROOT, NOW))));

        assertThat(listed(ours(), everything, UserSort.USERNAME_ASC)).containsExactly("jane");
    }

    @Test
    void aBatchClashingWithItselfIsAConflictOnTheFieldAndStoresNothingOfIt() {
        assertConflictOn("username", () -> users.addAll(List.of(user("ann", DeptId.ROOT, NOW),
                user("bob", DeptId.ROOT, NOW), user("ANN", DeptId.ROOT, NOW))));
        assertConflictOn("email", () -> users.addAll(List.of(withEmail("cid", email("x")),
                withEmail("dan", email("X")))));

        assertThat(listed(ours(), everything, UserSort.USERNAME_ASC)).isEmpty();
    }
}
