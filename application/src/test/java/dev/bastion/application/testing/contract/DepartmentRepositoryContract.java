package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentSnapshot;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DepartmentRepository} promises, in memory as in PostgreSQL: the tree, its members, versions. */
public abstract class DepartmentRepositoryContract {

    private static final Instant NOW = AccessWorld.NOW;
    private static final PasswordHash HASH =
            new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");

    private AccessWorld world;
    private DepartmentRepository departments;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        departments = world.departments();
    }

    private DeptId added(DeptId parent) {
        Department dept = Department.create(DeptId.newId(), parent, details(AccessWorld.unique("dept")), NOW);
        departments.add(dept);
        return dept.id();
    }

    private static DepartmentDetails details(String name) {
        return new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED);
    }

    private void delete(DeptId id) {
        Department dept = departments.findById(id).orElseThrow();
        dept.delete(NOW);
        departments.update(dept);
    }

    private UserId member(DeptId dept) {
        User user = User.register(UserId.newId(), new Username(AccessWorld.unique("member")), null, null, null, dept,
                HASH, false, NOW);
        world.users().add(user);
        return user.id();
    }

    @Test
    void theRootIsThereFromTheStartAtTheTopOfItsOwnLineage() {
        assertThat(departments.findById(DeptId.ROOT)).map(Department::isRoot).contains(true);
        assertThat(departments.lineage(DeptId.ROOT)).containsExactly(DeptId.ROOT);
        assertThat(departments.unknown(Set.of(DeptId.ROOT))).isEmpty();
    }

    @Test
    void anAddedDepartmentIsReadBackAsItWasStoredAndTheRepositoryTookItsEvents() {
        DeptId parent = added(DeptId.ROOT);
        Department sales = Department.create(DeptId.newId(), parent, new DepartmentDetails(AccessWorld.unique("Sales"),
                7, "Ada", "+1 555 0100", new Email("sales@example.com"), DepartmentStatus.DISABLED), NOW);
        DepartmentSnapshot asAdded = sales.snapshot();

        departments.add(sales);

        assertThat(sales.pullEvents()).isEmpty();
        assertThat(departments.findById(sales.id())).map(Department::snapshot).contains(asAdded);
        assertThat(departments.findAll()).map(Department::id).contains(DeptId.ROOT, parent, sales.id());
        assertThat(departments.findById(DeptId.newId())).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAtTheNextVersionAndAStaleOneIsRefused() {
        DeptId id = added(DeptId.ROOT);
        Department first = departments.findById(id).orElseThrow();
        Department second = departments.findById(id).orElseThrow();
        first.describe(details("Renamed " + id), NOW.plusSeconds(1));

        Department stored = departments.update(first);

        assertThat(first.pullEvents()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(departments.findById(id)).map(Department::snapshot).contains(stored.snapshot());
        second.describe(details("Stale"), NOW);
        assertThatThrownBy(() -> departments.update(second)).isInstanceOf(VersionConflictException.class);
        assertThat(departments.findById(id).orElseThrow().details().name()).isEqualTo("Renamed " + id);
    }

    @Test
    void aMoveIsStoredAndTheLineageFollowsIt() {
        DeptId sales = added(DeptId.ROOT);
        DeptId east = added(sales);
        DeptId team = added(east);
        DeptId support = added(DeptId.ROOT);

        assertThat(departments.lineage(team)).containsExactly(team, east, sales, DeptId.ROOT);

        Department moving = departments.findById(east).orElseThrow();
        moving.moveUnder(support, departments.lineage(support), NOW);
        departments.update(moving);

        assertThat(departments.lineage(team)).containsExactly(team, east, support, DeptId.ROOT);
        assertThat(departments.subtreesOf(Set.of(sales))).containsExactly(sales);
    }

    @Test
    void deletedDepartmentsAreInvisibleAndUnknownAndHaveNoLineage() {
        DeptId sales = added(DeptId.ROOT);
        DeptId gone = added(sales);
        delete(gone);
        DeptId never = DeptId.newId();

        assertThat(departments.findById(gone)).isEmpty();
        assertThat(departments.findAll()).map(Department::id).contains(sales).doesNotContain(gone);
        assertThat(departments.lineage(gone)).isEmpty();
        assertThat(departments.lineage(never)).isEmpty();
        assertThat(departments.unknown(Set.of(sales, gone, never, DeptId.ROOT))).containsExactlyInAnyOrder(gone, never);
        assertThat(departments.unknown(Set.of())).isEmpty();
    }

    @Test
    void subtreesHoldTheirRootsAndEveryLiveDepartmentBelowUnitedAcrossRoots() {
        DeptId sales = added(DeptId.ROOT);
        DeptId east = added(sales);
        DeptId eastTeam = added(east);
        DeptId west = added(sales);
        DeptId closed = added(sales);
        DeptId underClosed = added(closed);
        DeptId support = added(DeptId.ROOT);
        DeptId supportTeam = added(support);
        delete(underClosed);
        delete(closed);

        assertThat(departments.subtreesOf(Set.of(sales))).containsExactlyInAnyOrder(sales, east, eastTeam, west);
        assertThat(departments.subtreesOf(Set.of(east, eastTeam, support)))
                .containsExactlyInAnyOrder(east, eastTeam, support, supportTeam);
        assertThat(departments.subtreesOf(Set.of(closed, DeptId.newId()))).isEmpty();
        assertThat(departments.subtreesOf(Set.of())).isEmpty();
        assertThat(departments.subtreesOf(Set.of(DeptId.ROOT))).contains(DeptId.ROOT, sales, eastTeam, supportTeam)
                .doesNotContain(closed, underClosed);
    }

    @Test
    void onlyLiveChildrenCount() {
        DeptId sales = added(DeptId.ROOT);
        DeptId east = added(sales);

        assertThat(departments.hasChildren(sales)).isTrue();
        assertThat(departments.hasChildren(east)).isFalse();
        assertThat(departments.hasChildren(DeptId.ROOT)).isTrue();

        delete(east);

        assertThat(departments.hasChildren(sales)).isFalse();
    }

    @Test
    void aDepartmentHasMembersWhileALiveUserBelongsToItself() {
        DeptId sales = added(DeptId.ROOT);
        DeptId east = added(sales);
        DeptId empty = added(DeptId.ROOT);
        UserId ann = member(east);
        UserId bob = member(east);

        assertThat(departments.hasMembers(east)).isTrue();
        assertThat(departments.hasMembers(sales)).as("members of a sub-department are not the parent's").isFalse();
        assertThat(departments.hasMembers(empty)).isFalse();

        for (UserId member : List.of(ann, bob)) {
            User user = world.users().findById(member).orElseThrow();
            user.delete(NOW);
            world.users().update(user);
        }

        assertThat(departments.hasMembers(east)).isFalse();
    }

    @Test
    void aMemberWhoMovesAwayLeavesTheDepartmentWithoutMembers() {
        DeptId sales = added(DeptId.ROOT);
        DeptId support = added(DeptId.ROOT);
        UserId ann = member(sales);

        User user = world.users().findById(ann).orElseThrow();
        user.updateProfile(user.nickname(), null, null, support, NOW);
        world.users().update(user);

        assertThat(departments.hasMembers(sales)).isFalse();
        assertThat(departments.hasMembers(support)).isTrue();
    }
}
