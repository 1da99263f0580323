package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuSnapshot;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.VersionConflictException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MenuRepository} promises, in memory as in PostgreSQL. Each test builds its own
 * small tree (a directory, a screen under it, buttons under the screen) whose permissions carry a
 * tag of their own, so tests sharing one database (and the entries the migrations add) never meet.
 */
public abstract class MenuRepositoryContract {

    private AccessWorld world;
    private MenuRepository menus;
    private String tag;
    private MenuId directory;
    private MenuId screen;

    protected abstract AccessWorld world();

    @BeforeEach
    void openWorld() {
        world = world();
        menus = world.menus();
        tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        directory = added(null, null, new MenuDetails("Directory", MenuType.DIRECTORY, "/" + tag, null, null,
                "folder", 1, true, MenuStatus.ENABLED));
        screen = added(directory, MenuType.DIRECTORY, screen("Screen", "list"));
    }

    private MenuDetails screen(String name, String action) {
        return new MenuDetails(name, MenuType.MENU, "screen", "pages/" + tag, permission(action), "page", 2, false,
                MenuStatus.ENABLED);
    }

    private PermissionCode permission(String action) {
        return new PermissionCode(tag + ":thing:" + action);
    }

    private MenuDetails button(String action) {
        return new MenuDetails("Button " + action, MenuType.BUTTON, null, null, permission(action), null, 0, true,
                MenuStatus.ENABLED);
    }

    private MenuId added(MenuId parent, MenuType parentType, MenuDetails details) {
        Menu entry = Menu.create(MenuId.newId(), parent, parentType, details, AccessWorld.NOW);
        menus.add(entry);
        return entry.id();
    }

    private MenuId button(MenuId parent, String action) {
        return added(parent, MenuType.MENU, button(action));
    }

    private static void assertConflictOnPermission(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.field()).contains("permission"));
    }

    @Test
    void anAddedEntryIsReadBackAsItWasStoredAndTheRepositoryTookItsEvents() {
        Menu entry = Menu.create(MenuId.newId(), screen, MenuType.MENU, button("create"), AccessWorld.NOW);
        MenuSnapshot asAdded = entry.snapshot();

        menus.add(entry);

        assertThat(entry.pullEvents()).isEmpty();
        assertThat(menus.findById(entry.id())).map(Menu::snapshot).contains(asAdded);
        assertThat(menus.findById(directory)).map(m -> m.details().path()).contains("/" + tag);
        assertThat(menus.findAll()).map(Menu::id).contains(directory, screen, entry.id());
        assertThat(menus.findById(MenuId.newId())).isEmpty();
    }

    @Test
    void anUpdateStoresTheChangeAtTheNextVersionAndAStaleOneIsRefused() {
        Menu first = menus.findById(screen).orElseThrow();
        Menu stale = menus.findById(screen).orElseThrow();
        first.describe(screen("Renamed", "list"), MenuType.DIRECTORY, false, AccessWorld.NOW.plusSeconds(1));

        Menu stored = menus.update(first);

        assertThat(first.pullEvents()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(menus.findById(screen)).map(Menu::snapshot).contains(stored.snapshot());
        stale.describe(screen("Stale", "list"), MenuType.DIRECTORY, false, AccessWorld.NOW);
        assertThatThrownBy(() -> menus.update(stale)).isInstanceOf(VersionConflictException.class);
        assertThat(menus.findById(screen).orElseThrow().details().name()).isEqualTo("Renamed");
    }

    @Test
    void theLineageRunsFromTheEntryUpToTheTopAndFollowsAMove() {
        MenuId create = button(screen, "create");
        MenuId other = added(directory, MenuType.DIRECTORY, screen("Other", "other"));

        assertThat(menus.lineage(create)).containsExactly(create, screen, directory);
        assertThat(menus.lineage(directory)).containsExactly(directory);
        assertThat(menus.lineage(MenuId.newId())).isEmpty();

        Menu moving = menus.findById(create).orElseThrow();
        moving.moveUnder(other, menus.lineage(other), AccessWorld.NOW);
        menus.update(moving);

        assertThat(menus.lineage(create)).containsExactly(create, other, directory);
    }

    @Test
    void deletedEntriesAreInvisibleUnknownAndHaveNoLineage() {
        MenuId create = button(screen, "create");
        world.delete(create);
        MenuId never = MenuId.newId();

        assertThat(menus.findById(create)).isEmpty();
        assertThat(menus.findAll()).map(Menu::id).contains(screen).doesNotContain(create);
        assertThat(menus.lineage(create)).isEmpty();
        assertThat(menus.unknown(Set.of(create, never, screen, directory))).containsExactlyInAnyOrder(create, never);
        assertThat(menus.unknown(Set.of())).isEmpty();
    }

    @Test
    void onlyLiveChildrenCount() {
        MenuId create = button(screen, "create");

        assertThat(menus.hasChildren(directory)).isTrue();
        assertThat(menus.hasChildren(screen)).isTrue();
        assertThat(menus.hasChildren(create)).isFalse();

        world.delete(create);

        assertThat(menus.hasChildren(screen)).isFalse();
    }

    @Test
    void anEntryIsGrantedWhileALiveRoleListsItEnabledOrNot() {
        MenuId create = button(screen, "create");
        Role clerk = world.role("clerk", screen);

        assertThat(menus.isGranted(screen)).isTrue();
        assertThat(menus.isGranted(create)).isFalse();
        assertThat(menus.isGranted(directory)).as("granting a screen does not grant its directory").isFalse();

        world.disable(clerk);
        assertThat(menus.isGranted(screen)).isTrue();

        world.delete(clerk);
        assertThat(menus.isGranted(screen)).isFalse();
    }

    @Test
    void siblingsNeverCarryTheSamePermissionButCousinsMay() {
        button(screen, "create");
        MenuId other = added(directory, MenuType.DIRECTORY, screen("Other", "other"));

        assertConflictOnPermission(() -> button(screen, "create"));
        assertConflictOnPermission(() -> added(directory, MenuType.DIRECTORY, screen("Twin", "list")));

        MenuId cousin = button(other, "create");
        assertThat(menus.findById(cousin)).isPresent();
    }

    @Test
    void anUpdateGivingAnEntryItsSiblingsPermissionIsAConflictOnPermission() {
        button(screen, "create");
        MenuId delete = button(screen, "delete");
        Menu loaded = menus.findById(delete).orElseThrow();
        loaded.describe(button("create"), MenuType.MENU, false, AccessWorld.NOW);

        assertConflictOnPermission(() -> menus.update(loaded));
        assertThat(menus.findById(delete).orElseThrow().details().permission()).isEqualTo(permission("delete"));
    }

    @Test
    void aDeletedEntryFreesItsPermissionAmongItsSiblings() {
        MenuId create = button(screen, "create");
        world.delete(create);

        MenuId again = button(screen, "create");

        assertThat(menus.findById(again)).map(m -> m.details().permission()).contains(permission("create"));
    }
}
