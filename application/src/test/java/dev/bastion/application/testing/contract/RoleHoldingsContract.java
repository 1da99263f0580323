package dev.bastion.application.testing.contract;

import static dev.bastion.application.testing.contract.AccessWorld.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.UserWithRoles;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoleHoldings} answers and does, in memory as in PostgreSQL. */
public abstract class RoleHoldingsContract {

    private AccessWorld world;
    private RoleHoldings holdings;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        holdings = world.holdings();
    }

    @Test
    void assigningARoleTwiceChangesNothing() {
        Role editor = world.role("editor");
        UserId kim = world.user("kim");

        holdings.assign(kim, editor.code());
        holdings.assign(kim, editor.code());

        assertThat(holdings.rolesOf(kim)).containsExactly(editor.id());
    }

    @Test
    void anUnknownOrDeletedRoleOrAnUnknownUserIsNotFound() {
        Role retired = world.role("retired");
        world.delete(retired);
        UserId leo = world.user("leo");

        assertThatThrownBy(() -> holdings.assign(leo, new RoleCode(AccessWorld.unique("ghost"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> holdings.assign(leo, retired.code())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> holdings.assign(UserId.newId(), RoleCode.SUPER_ADMIN))
                .isInstanceOf(NotFoundException.class);
        assertThat(holdings.rolesOf(leo)).isEmpty();
    }

    @Test
    void replacingLeavesExactlyTheGivenRolesEnabledOrNot() {
        Role editor = world.role("editor");
        Role off = world.role("off", details(RoleStatus.DISABLED, DataScope.SELF, Set.of()));
        UserId olga = world.user("olga");
        holdings.assign(olga, editor.code());

        holdings.replaceRolesOf(olga, Set.of(off.id(), RoleId.SUPER_ADMIN));
        assertThat(holdings.rolesOf(olga)).containsExactlyInAnyOrder(off.id(), RoleId.SUPER_ADMIN);

        holdings.replaceRolesOf(olga, Set.of());
        assertThat(holdings.rolesOf(olga)).isEmpty();
    }

    /** PostgreSQL orders uuids by their bytes, as unsigned numbers; Java's {@code UUID.compareTo} does not. */
    @Test
    void roleIdsComeSortedByTheirBytes() {
        Role high = world.role(new RoleId(new UUID(0xF000_0000_0000_7000L, 0x8000_0000_0000_0001L)), "high",
                details(RoleStatus.ENABLED, DataScope.SELF, Set.of()));
        Role low = world.role(new RoleId(new UUID(0x0F00_0000_0000_7000L, 0x8000_0000_0000_0001L)), "low",
                details(RoleStatus.ENABLED, DataScope.SELF, Set.of()));
        UserId pete = world.user("pete");
        holdings.replaceRolesOf(pete, Set.of(high.id(), low.id()));

        assertThat(holdings.rolesOf(pete)).containsExactly(low.id(), high.id());
        assertThat(holdings.rolesOf(List.of(pete)).get(pete)).containsExactly(low.id(), high.id());
    }

    @Test
    void theRolesOfManyUsersComeTogetherLeavingOutThoseHoldingNone() {
        Role editor = world.role("editor");
        UserId ann = world.user("ann");
        UserId bob = world.user("bob");
        UserId cid = world.user("cid");
        holdings.replaceRolesOf(ann, Set.of(editor.id(), RoleId.SUPER_ADMIN));
        holdings.replaceRolesOf(bob, Set.of(editor.id()));

        Map<UserId, List<RoleId>> held = holdings.rolesOf(List.of(ann, bob, cid));

        assertThat(held).containsOnlyKeys(ann, bob);
        assertThat(held.get(ann)).containsExactlyElementsOf(holdings.rolesOf(ann));
        assertThat(held.get(bob)).containsExactly(editor.id());
        assertThat(holdings.rolesOf(List.of())).isEmpty();
    }

    @Test
    void theCodesOfManyUsersComeSortedWithDisabledRolesButNotDeletedOnes() {
        Role editor = world.role("b_editor");
        Role viewer = world.role("a_viewer", details(RoleStatus.DISABLED, DataScope.SELF, Set.of()));
        Role retired = world.role("c_retired");
        UserId ann = world.user("ann");
        UserId bob = world.user("bob");
        UserId cid = world.user("cid");
        holdings.assignAll(Map.of(ann, Set.of(editor.id(), viewer.id(), retired.id()), bob, Set.of(viewer.id())));
        world.delete(retired);

        Map<UserId, List<RoleCode>> codes = holdings.roleCodesOf(List.of(ann, bob, cid));

        assertThat(codes).containsOnlyKeys(ann, bob);
        assertThat(codes.get(ann)).containsExactly(viewer.code(), editor.code());
        assertThat(codes.get(bob)).containsExactly(viewer.code());
        assertThat(holdings.roleCodesOf(List.of())).isEmpty();
    }

    @Test
    void assigningManyAddsToWhatUsersHoldAndTwiceChangesNothing() {
        Role editor = world.role("editor");
        UserId dan = world.user("dan");
        holdings.assign(dan, RoleCode.SUPER_ADMIN);

        holdings.assignAll(Map.of(dan, Set.of(editor.id())));
        holdings.assignAll(Map.of(dan, Set.of(editor.id())));
        holdings.assignAll(Map.of());

        assertThat(holdings.rolesOf(dan)).containsExactlyInAnyOrder(editor.id(), RoleId.SUPER_ADMIN);
    }

    @Test
    void enabledHoldersAreTheEnabledLiveUsersHoldingTheRole() {
        Role editor = world.role("editor");
        UserId jane = world.user("jane");
        UserId john = world.user("john");
        UserId gone = world.user("gone");
        holdings.assignAll(Map.of(jane, Set.of(editor.id()), john, Set.of(editor.id()), gone, Set.of(editor.id())));
        world.disable(john);
        world.delete(gone);

        assertThat(holdings.enabledHoldersOf(editor.code())).containsExactly(jane);
        assertThat(holdings.enabledHoldersOf(new RoleCode(AccessWorld.unique("nobody")))).isEmpty();
    }

    @Test
    void theDepartmentsOfARolesLiveHoldersAreKnown() {
        Role role = world.role("holders");
        DeptId north = world.department("north");
        UserId northerner = world.user("northerner", north);
        UserId rooted = world.user("rooted");
        UserId leaving = world.user("leaving", world.department("south"));
        holdings.assignAll(Map.of(northerner, Set.of(role.id()), rooted, Set.of(role.id()), leaving, Set.of(role.id())));
        world.delete(leaving);

        assertThat(holdings.departmentsOfHolders(role.id())).containsExactlyInAnyOrder(north, DeptId.ROOT);
        assertThat(holdings.departmentsOfHolders(RoleId.newId())).isEmpty();
    }

    /** A user read with its roles holds exactly what {@code rolesOf} says: none, one, several; not one taken away or deleted. */
    @Test
    void aVisibleUserComesWithExactlyTheRolesItHolds() {
        Role editor = world.role("editor");
        Role viewer = world.role("viewer", details(RoleStatus.DISABLED, DataScope.SELF, Set.of()));
        Role taken = world.role("taken");
        Role retired = world.role("retired");
        UserId none = world.user("none");
        UserId one = world.user("one");
        UserId several = world.user("several");
        holdings.assignAll(Map.of(one, Set.of(taken.id()), several,
                Set.of(editor.id(), viewer.id(), taken.id(), retired.id(), RoleId.SUPER_ADMIN)));
        holdings.replaceRolesOf(one, Set.of(editor.id()));
        holdings.replaceRolesOf(several, Set.of(editor.id(), viewer.id(), retired.id(), RoleId.SUPER_ADMIN));
        world.delete(retired);
        RecordScope all = RecordScope.everything(none.value());

        assertThat(holdings.visibleWithRoles(none, all)).get().satisfies(read -> {
            assertThat(read.user().id()).isEqualTo(none);
            assertThat(read.roleIds()).isEmpty();
        });
        assertThat(holdings.visibleWithRoles(one, all)).get().satisfies(read -> {
            assertThat(read.user().id()).isEqualTo(one);
            assertThat(read.roleIds()).containsExactly(editor.id());
        });
        assertThat(holdings.visibleWithRoles(several, all)).get().satisfies(read -> {
            assertThat(read.user().id()).isEqualTo(several);
            assertThat(read.roleIds()).containsExactlyInAnyOrder(editor.id(), viewer.id(), RoleId.SUPER_ADMIN)
                    .containsExactlyElementsOf(holdings.rolesOf(several));
        });
        assertThat(holdings.rolesOf(List.of(several)).get(several)).containsExactlyElementsOf(holdings.rolesOf(several));
    }

    @Test
    void aPageOfTheUsersInsideTheScopeComesWithTheRolesEachHolds() {
        Role editor = world.role("editor");
        Role retired = world.role("retired");
        DeptId north = world.department("north");
        DeptId south = world.department("south");
        UserId ann = world.user("ann", north);
        UserId bob = world.user("bob", north);
        UserId cid = world.user("cid", north);
        UserId gone = world.user("gone", north);
        UserId sam = world.user("sam", south);
        holdings.assignAll(Map.of(ann, Set.of(editor.id(), RoleId.SUPER_ADMIN), cid, Set.of(editor.id(), retired.id()),
                gone, Set.of(editor.id()), sam, Set.of(editor.id())));
        world.delete(retired);
        world.delete(gone);
        RecordScope northOnly = new RecordScope(sam.value(), false, Set.of(north), false);

        Page<UserWithRoles> first = holdings.visibleWithRoles(UserQuery.any(), northOnly, new PageRequest(1, 2),
                UserSort.USERNAME_ASC);
        Page<UserWithRoles> second = holdings.visibleWithRoles(UserQuery.any(), northOnly, new PageRequest(2, 2),
                UserSort.USERNAME_ASC);

        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(first.items()).extracting(read -> read.user().id()).containsExactly(ann, bob);
        assertThat(second.items()).extracting(read -> read.user().id()).containsExactly(cid);
        assertThat(first.items().get(0).roleIds()).containsExactlyInAnyOrder(editor.id(), RoleId.SUPER_ADMIN)
                .containsExactlyElementsOf(holdings.rolesOf(ann));
        assertThat(first.items().get(1).roleIds()).isEmpty();
        assertThat(second.items().get(0).roleIds()).containsExactly(editor.id());
        // a username prefix is counted, not summed from counters: the same roles either way
        Page<UserWithRoles> prefixed = holdings.visibleWithRoles(new UserQuery("cid", null, null), northOnly,
                new PageRequest(1, 20), UserSort.CREATED_AT_DESC);
        assertThat(prefixed.total()).isEqualTo(1);
        assertThat(prefixed.items()).singleElement().satisfies(read -> {
            assertThat(read.user().id()).isEqualTo(cid);
            assertThat(read.roleIds()).containsExactly(editor.id());
        });
    }

    @Test
    void aUserOutsideTheScopeOrDeletedIsNotReadWithItsRoles() {
        Role editor = world.role("editor");
        DeptId north = world.department("north");
        DeptId south = world.department("south");
        UserId northerner = world.user("northerner", north);
        UserId southerner = world.user("southerner", south);
        UserId gone = world.user("gone", north);
        holdings.assignAll(Map.of(northerner, Set.of(editor.id()), southerner, Set.of(editor.id()),
                gone, Set.of(editor.id())));
        world.delete(gone);
        UserId viewer = world.user("viewer", south);
        RecordScope northOnly = new RecordScope(viewer.value(), false, Set.of(north), false);

        assertThat(holdings.visibleWithRoles(northerner, northOnly)).get()
                .satisfies(read -> assertThat(read.roleIds()).containsExactly(editor.id()));
        assertThat(holdings.visibleWithRoles(southerner, northOnly)).isEmpty();
        assertThat(holdings.visibleWithRoles(gone, northOnly)).isEmpty();
        assertThat(holdings.visibleWithRoles(UserId.newId(), RecordScope.everything(viewer.value()))).isEmpty();
    }
}
