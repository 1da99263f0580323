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
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rows behind the access fakes, shared like the tables of one database: roles (each with its
 * department and menu lists), menu entries, the permissions a role grants by itself (as the
 * migrations give {@code super_admin} its {@code *}) and which users hold which roles.
 * {@link #roles()}, {@link #menus()}, {@link #grants()}, {@link #holdings()} and {@link #roleLookup()}
 * are the ports over these rows, so what one writes the others read: a role granting a menu entry makes it "granted", a user holding a
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

    private static final Instant DEFINED_AT = Instant.EPOCH;

    final Map<RoleId, RoleSnapshot> roles = new LinkedHashMap<>();
    final Map<RoleId, Set<PermissionCode>> ownPermissions = new HashMap<>();
    final Map<MenuId, MenuSnapshot> menus = new LinkedHashMap<>();
    final Map<UserId, Set<RoleId>> holdings = new LinkedHashMap<>();

    private final UserRepository users;
    private final InMemoryRoleRepository roleRepository;
    private final InMemoryMenuRepository menuRepository;
    private final InMemoryAccessGrants grants;
    private final InMemoryRoleHoldings roleHoldings;
    private final InMemoryRoleLookup roleLookup;
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
        this.grants = new InMemoryAccessGrants(this);
        this.roleHoldings = new InMemoryRoleHoldings(this);
        this.roleLookup = new InMemoryRoleLookup(this);
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

    public InMemoryAccessGrants grants() {
        return grants;
    }

    public InMemoryRoleHoldings holdings() {
        return roleHoldings;
    }

    public InMemoryRoleLookup roleLookup() {
        return roleLookup;
    }

    // --- for tests: rows written behind the use cases' back, as the migrations or an operator would ------

    /**
     * Defines (or redefines) an enabled role with {@code code} granting {@code permissions} by itself,
     * like the migrations' {@code role_permissions} rows. {@code super_admin} gets its fixed id
     * ({@link RoleId#SUPER_ADMIN}) and data scope ALL; any other role the data scope SELF.
     */
    public InMemoryAccessStore defineRole(String code, String... permissions) {
        return defineRole(code, code.equals(RoleCode.SUPER_ADMIN.value()) ? DataScope.ALL : DataScope.SELF,
                permissions);
    }

    /** Defines (or redefines) an enabled role with {@code code} and {@code scope} granting {@code permissions}. */
    public synchronized InMemoryAccessStore defineRole(String code, DataScope scope, String... permissions) {
        RoleId id = liveRoleByCode(code).map(RoleSnapshot::id)
                .orElse(code.equals(RoleCode.SUPER_ADMIN.value()) ? RoleId.SUPER_ADMIN : RoleId.newId());
        long version = Optional.ofNullable(roles.get(id)).map(RoleSnapshot::version).orElse(0L);
        roles.put(id, new RoleSnapshot(id, new RoleCode(code),
                new RoleDetails(code, 0, RoleStatus.ENABLED, scope, Set.of(), Set.of()), version,
                DEFINED_AT, DEFINED_AT, null));
        ownPermissions.put(id, Stream.of(permissions).map(PermissionCode::new)
                .collect(Collectors.toUnmodifiableSet()));
        return this;
    }

    /** Disables the role with {@code code}. */
    public synchronized void disableRole(String code) {
        RoleSnapshot role = liveRoleByCode(code).orElseThrow(() -> new NotFoundException("role " + code));
        RoleDetails d = role.details();
        roles.put(role.id(), new RoleSnapshot(role.id(), role.code(),
                new RoleDetails(d.name(), d.sort(), RoleStatus.DISABLED, d.dataScope(), d.deptIds(), d.menuIds()),
                role.version() + 1, role.createdAt(), role.updatedAt(), null));
    }

    /** The id of the role with {@code code}, as commands carry it; the role must exist. */
    public UUID idOf(String code) {
        return roleLookup.idOf(new RoleCode(code)).map(RoleId::value)
                .orElseThrow(() -> new NotFoundException("role " + code));
    }

    /** The ids of the roles {@code user} holds, as commands and views carry them. */
    public List<UUID> roleIdsOf(UserId user) {
        return roleHoldings.rolesOf(user).stream().map(RoleId::value).toList();
    }

    /** {@code user} holds exactly the roles {@code roleIds} (see {@link InMemoryRoleHoldings#replaceRolesOf}). */
    public void replaceRoles(UserId user, Set<UUID> roleIds) {
        roleHoldings.replaceRolesOf(user, roleIds.stream().map(RoleId::new).collect(Collectors.toSet()));
    }

    /** Gives {@code user} the role with {@code code} (see {@link InMemoryRoleHoldings#assign}). */
    public void assignRole(UserId user, String code) {
        roleHoldings.assign(user, new RoleCode(code));
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
        roleHoldings.assign(user.id(), role.code());
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

    /** The user, if it exists, is not deleted and lies inside {@code scope}; none when the store knows no users. */
    Optional<User> visibleUser(UserId user, RecordScope scope) {
        return users == null ? Optional.empty() : users.findVisible(user, scope);
    }

    /** A page of the users inside {@code scope} matching {@code query}; none when the store knows no users. */
    Page<User> visibleUsers(UserQuery query, RecordScope scope, PageRequest page, UserSort sort) {
        return users == null ? Page.of(List.of(), 0, page) : users.find(query, scope, page, sort);
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
