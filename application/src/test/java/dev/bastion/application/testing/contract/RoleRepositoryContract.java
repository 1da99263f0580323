package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleQuery;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoleRepository} promises, in memory as in PostgreSQL. Each test's codes start
 * with a tag of its own, so the listing is asked for that prefix and tests sharing one database
 * (and the roles the migrations add) never meet.
 */
public abstract class RoleRepositoryContract {

    private AccessWorld world;
    private RoleRepository roles;
    private String tag;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        roles = world.roles();
        tag = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
    }

    private Role added(String code, int sort, RoleStatus status) {
        Role role = Role.create(RoleId.newId(), new RoleCode(tag + code),
                new RoleDetails("Role " + code, sort, status, DataScope.SELF, Set.of(), Set.of()), AccessWorld.NOW);
        roles.add(role);
        return role;
    }

    private Role added(String code) {
        return added(code, 0, RoleStatus.ENABLED);
    }

    private List<String> codes(List<Role> found) {
        return found.stream().map(r -> r.code().value().substring(tag.length())).toList();
    }

    private List<String> listed(RoleQuery query) {
        return codes(roles.find(query, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    private static void assertConflictOnCode(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).contains("code"));
    }

    @Test
    void anAddedRoleIsReadBackWithItsDepartmentsAndMenuEntriesAndTheRepositoryTookItsEvents() {
        DeptId sales = world.department("sales");
        DeptId support = world.department("support");
        MenuId screen = world.screen("screen", MenuStatus.ENABLED);
        Role auditor = Role.create(RoleId.newId(), new RoleCode(tag + "auditor"), new RoleDetails("Auditor", 5,
                RoleStatus.DISABLED, DataScope.CUSTOM, Set.of(sales, support), Set.of(screen)), AccessWorld.NOW);
        RoleSnapshot asAdded = auditor.snapshot();

        roles.add(auditor);

        assertThat(auditor.pullEvents()).isEmpty();
        assertThat(roles.findById(auditor.id())).map(Role::snapshot).contains(asAdded);
        assertThat(roles.findById(RoleId.newId())).isEmpty();
    }

    @Test
    void anUpdateStoresTheNewListsAtTheNextVersionAndAStaleOneIsRefused() {
        MenuId first = world.screen("first", MenuStatus.ENABLED);
        MenuId second = world.screen("second", MenuStatus.ENABLED);
        DeptId sales = world.department("sales");
        Role clerk = world.role(tag + "clerk", first);
        Role loaded = roles.findById(clerk.id()).orElseThrow();
        Role stale = roles.findById(clerk.id()).orElseThrow();
        loaded.describe(new RoleCode(tag + "senior_clerk"), new RoleDetails("Senior clerk", 3, RoleStatus.ENABLED,
                DataScope.CUSTOM, Set.of(sales), Set.of(second)), AccessWorld.NOW.plusSeconds(1));

        Role stored = roles.update(loaded);

        assertThat(loaded.pullEvents()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(roles.findById(clerk.id())).map(Role::snapshot).contains(stored.snapshot());
        assertThat(stored.details().menuIds()).containsExactly(second);
        assertThat(stored.details().deptIds()).containsExactly(sales);

        stale.describe(stale.code(), AccessWorld.details(RoleStatus.DISABLED, DataScope.SELF, Set.of()),
                AccessWorld.NOW);
        assertThatThrownBy(() -> roles.update(stale)).isInstanceOf(VersionConflictException.class);
        assertThat(roles.findById(clerk.id()).orElseThrow().code()).isEqualTo(new RoleCode(tag + "senior_clerk"));
    }

    @Test
    void aCodeInUseIsAConflictOnCodeUntilItsRoleIsDeleted() {
        Role clerk = added("clerk");

        assertConflictOnCode(() -> added("clerk"));

        world.delete(clerk);
        Role again = added("clerk");
        assertThat(roles.findById(again.id())).isPresent();
    }

    @Test
    void renamingARoleToACodeInUseIsAConflictOnCode() {
        added("clerk");
        Role auditor = added("auditor");
        Role loaded = roles.findById(auditor.id()).orElseThrow();
        loaded.describe(new RoleCode(tag + "clerk"), loaded.details(), AccessWorld.NOW);

        assertConflictOnCode(() -> roles.update(loaded));
        assertThat(roles.findById(auditor.id()).orElseThrow().code()).isEqualTo(auditor.code());
    }

    @Test
    void aDeletedRoleIsInvisible() {
        MenuId screen = world.screen("screen", MenuStatus.ENABLED);
        Role clerk = world.role(tag + "clerk", screen);
        world.delete(clerk);

        assertThat(roles.findById(clerk.id())).isEmpty();
        assertThat(listed(new RoleQuery(tag, null))).isEmpty();
        assertThat(roles.findGranting(screen)).isEmpty();
    }

    @Test
    void theListingFiltersByCodePrefixLiterallyAndByStatusAndOrdersBySortThenCode() {
        added("b", 1, RoleStatus.ENABLED);
        added("a", 2, RoleStatus.ENABLED);
        added("c", 1, RoleStatus.DISABLED);
        added("_d", 0, RoleStatus.ENABLED);
        added("ad", 9, RoleStatus.DISABLED);

        assertThat(listed(new RoleQuery(tag, null))).containsExactly("_d", "b", "c", "a", "ad");
        assertThat(listed(new RoleQuery(tag.toUpperCase(), RoleStatus.DISABLED))).containsExactly("c", "ad");
        assertThat(listed(new RoleQuery(tag + "a", null))).containsExactly("a", "ad");
        assertThat(listed(new RoleQuery(tag + "_", null))).containsExactly("_d");
        assertThat(listed(new RoleQuery(tag + "%", null))).isEmpty();

        Page<Role> second = roles.find(new RoleQuery(tag, null), new PageRequest(2, 2));
        assertThat(codes(second.items())).containsExactly("c", "a");
        assertThat(second.total()).isEqualTo(5);
        assertThat(roles.find(new RoleQuery(tag, null), new PageRequest(4, 2)).items()).isEmpty();
    }

    @Test
    void aRoleIsHeldWhileALiveUserHoldsItEvenWhenTheRoleIsDisabled() {
        Role clerk = added("clerk");
        Role unheld = added("unheld");
        UserId ann = world.user("ann");
        world.holdings().assign(ann, clerk.code());

        assertThat(roles.isHeld(clerk.id())).isTrue();
        assertThat(roles.isHeld(unheld.id())).isFalse();

        world.disable(clerk);
        assertThat(roles.isHeld(clerk.id())).isTrue();

        world.disable(ann);
        assertThat(roles.isHeld(clerk.id())).as("a disabled user still holds").isTrue();

        world.delete(ann);
        assertThat(roles.isHeld(clerk.id())).as("a deleted user holds nothing").isFalse();
    }

    @Test
    void theLiveRolesGrantingAnEntryAreFoundByIt() {
        MenuId screen = world.screen("screen", MenuStatus.ENABLED);
        MenuId other = world.screen("other", MenuStatus.ENABLED);
        Role clerk = world.role(tag + "clerk", screen);
        Role auditor = world.role(tag + "auditor", screen, other);
        world.role(tag + "bystander", other);
        Role retired = world.role(tag + "retired", screen);
        world.disable(auditor);
        world.delete(retired);

        assertThat(roles.findGranting(screen)).map(Role::id).containsExactlyInAnyOrder(clerk.id(), auditor.id());
        assertThat(roles.findGranting(MenuId.newId())).isEmpty();
    }
}
