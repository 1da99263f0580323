package dev.bastion.application.access;

import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.TreeNode;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuDetails;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The menu tree: CRUD with the tree's rules and the {@link GrantGuard} asked first (an entry's
 * permission is a grant), and each user's own menus for a front end.
 */
public final class MenusService implements ListMenuTree, GetMenu, CreateMenu, UpdateMenu, DeleteMenu, ListOwnMenus {

    private static final Comparator<Menu> SIBLING_ORDER = Comparator
            .comparingInt((Menu m) -> m.details().sort())
            .thenComparing(m -> m.details().name())
            .thenComparing(m -> m.id().value());

    private final MenuRepository menus;
    private final AccessGrants access;
    private final GetUserAccess userAccess;
    private final AccessCache cache;
    private final GrantGuard guard;
    private final Transactions transactions;
    private final Clock clock;

    public MenusService(MenuRepository menus, AccessGrants access, GetUserAccess userAccess, AccessCache cache,
                        GrantGuard guard, Transactions transactions, Clock clock) {
        this.menus = menus;
        this.access = access;
        this.userAccess = userAccess;
        this.cache = cache;
        this.guard = guard;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<TreeNode<MenuView>> tree() {
        return TreeNode.mapAll(forest(menus.findAll()), MenuView::of);
    }

    /** Read through the {@link AccessCache}: a front end asks on every navigation, the tree changes with grants only. */
    @Override
    public List<TreeNode<MenuView>> menusOf(UserId user) {
        return cache.menus(user, this::loadMenusOf);
    }

    private List<TreeNode<MenuView>> loadMenusOf(UserId user) {
        List<Menu> all = menus.findAll();
        boolean everything = userAccess.of(user).permissions().allows(PermissionCode.ALL);
        Set<MenuId> shown = everything ? null : withAncestors(screensAmong(access.menusGrantedTo(user), all), all);
        return TreeNode.mapAll(forest(all.stream()
                .filter(m -> m.details().type() != MenuType.BUTTON)
                .filter(m -> m.details().status() == MenuStatus.ENABLED)
                .filter(m -> everything || shown.contains(m.id()))
                .toList()), MenuView::of);
    }

    /** The directories and menus among {@code granted}: a granted button does not open its screen. */
    private static Set<MenuId> screensAmong(Set<MenuId> granted, List<Menu> all) {
        Set<MenuId> screens = new HashSet<>();
        all.stream().filter(m -> m.details().type() != MenuType.BUTTON && granted.contains(m.id()))
                .forEach(m -> screens.add(m.id()));
        return screens;
    }

    private static Set<MenuId> withAncestors(Set<MenuId> granted, List<Menu> all) {
        Map<MenuId, MenuId> parents = new HashMap<>();
        all.forEach(m -> m.parentId().ifPresent(p -> parents.put(m.id(), p)));
        Set<MenuId> shown = new HashSet<>();
        for (MenuId id : granted) {
            for (MenuId at = id; at != null && shown.add(at); at = parents.get(at)) {
                // walks up until the top or an entry already shown (whose ancestors are too)
            }
        }
        return shown;
    }

    private static List<TreeNode<Menu>> forest(List<Menu> entries) {
        return TreeNode.forest(entries, Menu::id, Menu::parentId, SIBLING_ORDER);
    }

    @Override
    public MenuView get(MenuId id) {
        return MenuView.of(find(id));
    }

    private Menu find(MenuId id) {
        return menus.findById(id).orElseThrow(() -> new NotFoundException("menu " + id));
    }

    @Override
    public MenuView create(UserId actor, CreateMenu.Command command) {
        UserAccess acting = userAccess.of(actor);
        Menu created = transactions.inTransaction(() -> {
            guard.requireMayChangeEntry(acting, null, command.details());
            Menu menu = Menu.create(MenuId.newId(), command.parentId(), typeOfParent(command.parentId()),
                    command.details(), clock.now());
            menus.add(menu);
            return menu;
        });
        return MenuView.of(created);
    }

    @Override
    public MenuView update(UserId actor, UpdateMenu.Command command) {
        UserAccess acting = userAccess.of(actor);
        Menu updated = transactions.inTransaction(() -> {
            Menu menu = find(command.id());
            if (menu.version() != command.version()) {
                throw new VersionConflictException("menu " + command.id());
            }
            MenuDetails details = command.applyTo(menu.details());
            MenuId parentId = command.parentId().applyTo(menu.parentId().orElse(null));
            guard.requireMayChangeEntry(acting, menu, details);
            Instant now = clock.now();
            MenuType parentType = typeOfParent(parentId);
            if (!Objects.equals(parentId, menu.parentId().orElse(null))) {
                menu.moveUnder(parentId, parentId == null ? List.of() : menus.lineage(parentId), now);
            }
            menu.describe(details, parentType, menus.hasChildren(menu.id()), now);
            return menus.update(menu);
        });
        return MenuView.of(updated);
    }

    @Override
    public void delete(UserId actor, MenuId id) {
        UserAccess acting = userAccess.of(actor);
        transactions.inTransaction(() -> {
            Menu menu = find(id);
            guard.requireMayChangeEntry(acting, menu, null);
            if (menus.hasChildren(id)) {
                throw ConflictException.ofState("the entry has children; move or delete them first");
            }
            if (menus.isGranted(id)) {
                throw ConflictException.ofState("roles grant this entry; take it from them first");
            }
            menu.delete(clock.now());
            menus.update(menu);
            return null;
        });
    }

    /** The type of the entry {@code parent} names (null for the top level); unknown: invalid {@code parentId}. */
    private MenuType typeOfParent(MenuId parent) {
        if (parent == null) {
            return null;
        }
        Optional<Menu> found = menus.findById(parent);
        return found.orElseThrow(() -> new InvalidValueException("parentId", "no such menu entry"))
                .details().type();
    }
}
