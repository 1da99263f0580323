package dev.bastion.application.testing.contract;

import static dev.bastion.application.testing.contract.AccessWorld.details;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleGrants;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.organization.DeptId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccessGrants} answers, in memory as in PostgreSQL. */
public abstract class AccessGrantsContract {

    private AccessWorld world;
    private AccessGrants grants;

    /** The ports over one store (or database); what one writes, the others read. */
    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        grants = world.grants();
    }

    @Test
    void aUserWithoutRolesAndAnUnknownUserAreGrantedNothing() {
        UserId jane = world.user("jane");

        assertThat(grants.grantsOf(jane)).isEqualTo(RoleGrants.none());
        assertThat(grants.menusGrantedTo(jane)).isEmpty();
        assertThat(grants.grantsOf(UserId.newId())).isEqualTo(RoleGrants.none());
    }

    @Test
    void theSuperAdministratorRoleGrantsEverythingEverywhere() {
        UserId root = world.user("root");
        world.holdings().assign(root, world.roles().findById(RoleId.SUPER_ADMIN).orElseThrow().code());

        RoleGrants granted = grants.grantsOf(root);

        assertThat(granted.roles()).containsExactly("super_admin");
        assertThat(granted.permissions().allows(new PermissionCode("system:role:delete"))).isTrue();
        assertThat(granted.scopes()).containsExactly(ScopeGrant.of(DataScope.ALL));
        assertThat(grants.permissionsGrantedBy(RoleId.SUPER_ADMIN)).containsExactly(PermissionCode.ALL);
    }

    @Test
    void rolesGrantThePermissionsOfTheirEnabledLiveEntriesAndListEveryLiveEntry() {
        MenuId shown = world.screen("shown", MenuStatus.ENABLED);
        MenuId switchedOff = world.screen("off", MenuStatus.DISABLED);
        MenuId removed = world.screen("removed", MenuStatus.ENABLED);
        Role navigator = world.role("navigator", shown, switchedOff, removed);
        UserId mona = world.user("mona");
        world.holdings().assign(mona, navigator.code());
        world.delete(removed);

        assertThat(grants.grantsOf(mona).roles()).containsExactly(navigator.code().value());
        assertThat(grants.grantsOf(mona).permissions().values()).containsExactly(world.permissionOf(shown).value());
        assertThat(grants.menusGrantedTo(mona)).containsExactlyInAnyOrder(shown, switchedOff);
        assertThat(grants.permissionsGrantedBy(navigator.id())).isEmpty();
    }

    @Test
    void codesComeSortedAndEachEnabledRoleGivesItsScope() {
        DeptId north = world.department("north");
        DeptId south = world.department("south");
        Role regional = world.role("b_regional", details(RoleStatus.ENABLED, DataScope.CUSTOM, Set.of(north, south)));
        Role team = world.role("a_team", details(RoleStatus.ENABLED, DataScope.DEPT_AND_CHILDREN, Set.of()));
        UserId nina = world.user("nina");
        world.holdings().assign(nina, regional.code());
        world.holdings().assign(nina, team.code());

        RoleGrants granted = grants.grantsOf(nina);

        assertThat(granted.roles()).containsExactly(team.code().value(), regional.code().value());
        assertThat(granted.scopes()).containsExactlyInAnyOrder(
                new ScopeGrant(DataScope.CUSTOM, Set.of(north, south)), ScopeGrant.of(DataScope.DEPT_AND_CHILDREN));
    }

    @Test
    void disabledAndDeletedRolesGrantNothing() {
        MenuId entry = world.screen("entry", MenuStatus.ENABLED);
        Role off = world.role("off", details(RoleStatus.DISABLED, DataScope.ALL, Set.of(), entry));
        Role later = world.role("later", entry);
        UserId heidi = world.user("heidi");
        world.holdings().assign(heidi, off.code());
        world.holdings().assign(heidi, later.code());
        world.disable(later);

        assertThat(grants.grantsOf(heidi)).isEqualTo(RoleGrants.none());
        assertThat(grants.menusGrantedTo(heidi)).isEmpty();
    }

    @Test
    void aDeletedUserIsGrantedNothing() {
        Role clerk = world.role("clerk", world.screen("desk", MenuStatus.ENABLED));
        UserId judy = world.user("judy");
        world.holdings().assign(judy, clerk.code());
        world.delete(judy);

        assertThat(grants.grantsOf(judy)).isEqualTo(RoleGrants.none());
        assertThat(grants.menusGrantedTo(judy)).isEmpty();
    }

    @Test
    void anUnknownRoleGrantsNothingByItself() {
        assertThat(grants.permissionsGrantedBy(RoleId.newId())).isEmpty();
    }
}
