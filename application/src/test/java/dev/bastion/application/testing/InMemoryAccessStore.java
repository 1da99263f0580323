package dev.bastion.application.testing;

import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuSnapshot;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rows behind the access fakes, shared like the tables of one database: roles (each with its
 * department and menu lists), menu entries, the permissions a role grants by itself (as the
 * migrations give {@code super_admin} its {@code *}) and which users hold which roles.
 * {@link #roles()}, {@link #menus()} and {@link #access()} are the ports over these rows, so what
 * one writes the others read: a role granting a menu entry makes it "granted", a user holding a
 * role makes it "held", and a user's grants follow both.
 *
 * <p>Given a {@link UserRepository}, the store asks it which users exist: one it does not find
 * (unknown or deleted) holds nothing and counts for nothing, as a join with {@code users} would.
 * Without one, every holder counts as an existing, enabled user.
 *
 * <p>The views lock the store while they work, so the three ports are as consistent as one
 * database would be.
 */
public final class InMemoryAccessStore {

    final Map<RoleId, RoleSnapshot> roles = new LinkedHashMap<>();
    final Map<RoleId, Set<PermissionCode>> ownPermissions = new HashMap<>();
    final Map<MenuId, MenuSnapshot> menus = new LinkedHashMap<>();
    final Map<UserId, Set<RoleId>> holdings = new LinkedHashMap<>();

    private final UserRepository users;
    private final InMemoryRoleRepository roleRepository;
    private final InMemoryMenuRepository menuRepository;
    private final InMemoryAccessRepository accessRepository;
    InMemoryEventOutbox outbox = new InMemoryEventOutbox();

    /** A store that knows no users: every holder counts as an existing, enabled user. */
    public InMemoryAccessStore() {
        this(null);
    }

    /** A store that asks {@code users} which users exist and are enabled. */
    public InMemoryAccessStore(UserRepository users) {
        this.users = users;
        this.roleRepository = new InMemoryRoleRepository(this);
        this.menuRepository = new InMemoryMenuRepository(this);
        this.accessRepository = new InMemoryAccessRepository(this);
    }

    /** The outbox the role, menu and holding fakes append the events of what they store to (by default one nobody reads). */
    public InMemoryAccessStore sendingEventsTo(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
        return this;
    }

    public InMemoryRoleRepository roles() {
        return roleRepository;
    }

    public InMemoryMenuRepository menus() {
        return menuRepository;
    }

    public InMemoryAccessRepository access() {
        return accessRepository;
    }

    /**
     * Registers user {@code name} of {@code dept} holding a new role (code {@code <name>_role}) with
     * {@code details}, straight into the stores; the store must know its users.
     */
    public UserId registerHolder(String name, DeptId dept, RoleDetails details, Instant now) {
        Role role = Role.create(RoleId.newId(), new RoleCode(name + "_role"), details, now);
        roleRepository.add(role);
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept,
                new PasswordHash("$fake$v=1$nosalt$terces"), false, now);
        users.add(user);
        accessRepository.assignRole(user.id(), role.code().value());
        return user.id();
    }

    // --- for the views, which hold the store's lock ---------------------------------------------------

    Stream<RoleSnapshot> liveRoles() {
        return roles.values().stream().filter(role -> role.deletedAt() == null);
    }

    Optional<RoleSnapshot> liveRole(RoleId id) {
        return Optional.ofNullable(roles.get(id)).filter(role -> role.deletedAt() == null);
    }

    Optional<RoleSnapshot> liveRoleByCode(String code) {
        return liveRoles().filter(role -> role.code().value().equalsIgnoreCase(code)).findFirst();
    }

    Stream<MenuSnapshot> liveMenus() {
        return menus.values().stream().filter(menu -> menu.deletedAt() == null);
    }

    Optional<MenuSnapshot> liveMenu(MenuId id) {
        return Optional.ofNullable(menus.get(id)).filter(menu -> menu.deletedAt() == null);
    }

    /** Whether {@code user} exists and is not deleted (always, when the store knows no users). */
    boolean exists(UserId user) {
        return users == null || users.findById(user).isPresent();
    }

    /** The department of {@code user}; unknown when the store knows no users. */
    Optional<DeptId> deptOf(UserId user) {
        return users == null ? Optional.empty() : users.findById(user).map(found -> found.deptId());
    }

    /** Whether {@code user} exists, is not deleted and may sign in (always, when the store knows no users). */
    boolean isEnabled(UserId user) {
        return users == null || users.findById(user)
                .filter(found -> found.status() == UserStatus.ENABLED).isPresent();
    }

    /** The live roles {@code user} holds (enabled or not); none for a user that does not exist. */
    Stream<RoleSnapshot> heldBy(UserId user) {
        if (!exists(user)) {
            return Stream.empty();
        }
        return holdings.getOrDefault(user, Set.of()).stream().map(this::liveRole).flatMap(Optional::stream);
    }

    /** The users (existing ones) holding the role {@code id}. */
    Stream<UserId> holdersOf(RoleId id) {
        return holdings.entrySet().stream()
                .filter(entry -> entry.getValue().contains(id))
                .map(Map.Entry::getKey)
                .filter(this::exists);
    }

    Set<RoleId> holdingsOf(UserId user) {
        return holdings.computeIfAbsent(user, id -> new LinkedHashSet<>());
    }
}
