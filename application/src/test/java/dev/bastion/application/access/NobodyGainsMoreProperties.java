package dev.bastion.application.access;

import dev.bastion.application.testing.InMemoryEventOutbox;
import static dev.bastion.application.testing.AccessFixtures.button;
import static dev.bastion.application.testing.AccessFixtures.menu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.identity.administration.CreateUser;
import dev.bastion.application.identity.administration.UpdateUser;
import dev.bastion.application.identity.administration.UserReadCacheInvalidation;
import dev.bastion.application.identity.administration.UserManagementService;
import dev.bastion.application.organization.CreateDepartment;
import dev.bastion.application.organization.DepartmentsService;
import dev.bastion.application.organization.UpdateDepartment;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserReadCache;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.MenuStatus;
import dev.bastion.domain.access.MenuType;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleSnapshot;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The authorization model end to end through the use cases (API.md, "Authorization model"): on a
 * random organization (department tree, menu entries, roles, users) one actor tries a random
 * sequence of role, menu-entry, user and department operations. After every operation the use
 * cases accepted:
 *
 * <ul>
 * <li>the actor is allowed nothing they were not allowed at the start: no concrete permission, no
 *     department that existed then;</li>
 * <li>every user within the actor's reach (visible in their scope, and acted on without refusal)
 *     is allowed nothing the actor is not;</li>
 * <li>nobody, in reach or not, gained anything by it that the actor was not allowed: no concrete
 *     permission, no department that existed before it (a user moved, a role widened, a department
 *     moved under someone's subtree all count).</li>
 * </ul>
 *
 * Both are judged on effective store as a request resolves it (enabled roles, enabled entries,
 * scopes resolved on the tree as it now stands), read fresh, not through the policy's own reasoning.
 */
class NobodyGainsMoreProperties {

    /** The codes menu entries may carry: wildcards of every width but "everything". */
    private static final List<String> CODES = List.of("sys:user:list", "sys:user:update", "sys:user:*",
            "sys:role:list", "sys:role:update", "sys:*:list", "sys:*:*", "mon:log:list", "mon:*:*");
    /** Every concrete permission the codes can tell apart ("x" stands for any value they do not name). */
    private static final List<PermissionCode> CONCRETE = concrete();
    /** Scopes as often as they make trouble: those with holes (CUSTOM, DEPT) and subtrees most. */
    private static final List<DataScope> SCOPES = List.of(DataScope.ALL, DataScope.SELF, DataScope.DEPT,
            DataScope.DEPT, DataScope.DEPT_AND_CHILDREN, DataScope.DEPT_AND_CHILDREN, DataScope.DEPT_AND_CHILDREN,
            DataScope.CUSTOM, DataScope.CUSTOM, DataScope.CUSTOM);

    @Property(tries = 1000)
    void an_actor_never_gains_and_never_reaches_anyone_holding_more(
            @ForAll long seed, @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 8) Integer> operations) {
        World world = new World(new Random(seed));
        UserAccess atStart = world.freshAccess(world.actor);
        Set<DeptId> deptsAtStart = world.deptIds();
        world.assertNobodyInReachHoldsMore();

        int accepted = 0;
        for (int operation : operations) {
            Map<UserId, UserAccess> before = world.everyonesAccess();
            Set<DeptId> deptsBefore = world.deptIds();
            if (world.attempt(operation)) {
                accepted++;
                UserAccess now = world.freshAccess(world.actor);
                assertWithin(now, atStart, deptsAtStart, "the actor after operation " + operation);
                world.assertNobodyInReachHoldsMore();
                UserAccess actorBefore = before.get(world.actor);
                world.everyonesAccess().forEach((user, after) -> assertGainedWithin(after, before.get(user),
                        actorBefore, deptsBefore, "user " + user + " after operation " + operation));
            }
        }
        Statistics.label("accepted operations").collect(accepted == 0 ? "none" : accepted < 4 ? "1-3" : "4+");
        Statistics.label("actor holds *").collect(atStart.permissions().allows(PermissionCode.ALL));
    }

    /** Everything {@code holder} is allowed, {@code bound} is allowed: each concrete permission, each of {@code depts}. */
    private static void assertWithin(UserAccess holder, UserAccess bound, Set<DeptId> depts, String who) {
        for (PermissionCode code : CONCRETE) {
            if (holder.permissions().allows(code)) {
                assertThat(bound.permissions().allows(code)).as(who + " is allowed " + code).isTrue();
            }
        }
        if (holder.scope().all()) {
            assertThat(bound.scope().all()).as(who + " sees all records").isTrue();
        }
        for (DeptId dept : depts) {
            if (holder.scope().coversDept(dept)) {
                assertThat(bound.scope().coversDept(dept)).as(who + " sees department " + dept).isTrue();
            }
        }
    }

    /** What {@code holder} is allowed now and was not {@code earlier} (null: did not exist), {@code bound} is allowed. */
    private static void assertGainedWithin(UserAccess holder, UserAccess earlier, UserAccess bound, Set<DeptId> depts,
                                           String who) {
        for (PermissionCode code : CONCRETE) {
            if (holder.permissions().allows(code) && (earlier == null || !earlier.permissions().allows(code))) {
                assertThat(bound.permissions().allows(code)).as(who + " gained " + code).isTrue();
            }
        }
        if (holder.scope().all() && (earlier == null || !earlier.scope().all())) {
            assertThat(bound.scope().all()).as(who + " gained all records").isTrue();
        }
        for (DeptId dept : depts) {
            if (holder.scope().coversDept(dept) && (earlier == null || !earlier.scope().coversDept(dept))) {
                assertThat(bound.scope().coversDept(dept)).as(who + " gained department " + dept).isTrue();
            }
        }
    }

    private static List<PermissionCode> concrete() {
        List<PermissionCode> codes = new ArrayList<>();
        for (String domain : List.of("sys", "mon", "x")) {
            for (String resource : List.of("user", "role", "log", "x")) {
                for (String action : List.of("list", "update", "x")) {
                    codes.add(new PermissionCode(domain + ":" + resource + ":" + action));
                }
            }
        }
        return List.copyOf(codes);
    }

    /** A random organization, the use cases over it, and the one actor trying things. */
    private static final class World {

        private final Random random;
        private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
        private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
        private final InMemoryUserRepository users = new InMemoryUserRepository(departments);
        private final InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("super_admin", "*");
                private final InMemoryAccessCache cache = new InMemoryAccessCache();
        private final InMemoryUserReadCache reads = new InMemoryUserReadCache();
        private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(cache),
                new UserReadCacheInvalidation(reads));
        {
            departments.sendingEventsTo(events);
            users.sendingEventsTo(events);
            store.sendingEventsTo(events);
        }
        private final GetUserAccessService userAccess = new GetUserAccessService(store.grants(), users, departments, cache);
        private final GrantGuard guard = new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments);
        private final InMemoryTransactions transactions = new InMemoryTransactions();
        private final RolesService roles = new RolesService(store.roles(), store.menus(), departments, userAccess,
                guard, transactions, clock);
        private final MenusService menus = new MenusService(store.menus(), store.grants(), userAccess, cache, guard,
                transactions, clock);
        private final DepartmentsService depts = new DepartmentsService(departments, userAccess, guard,
                transactions, clock);
        private final UserManagementService management = new UserManagementService(users, store.holdings(), store.roleLookup(), userAccess,
                guard, departments, new FakePasswordHasher(), new InMemorySessionStore(), transactions,
                reads, clock, PasswordPolicy::defaults);
        private final List<UserId> people = new ArrayList<>();
        private final UserId actor;
        private int made;

        World(Random random) {
            this.random = random;
            for (int i = random.nextInt(2, 5); i > 0; i--) {
                department(pick(deptList()));
            }
            for (String code : CODES) {
                MenuStatus status = random.nextInt(5) == 0 ? MenuStatus.DISABLED : MenuStatus.ENABLED;
                store.menus().add(Menu.create(MenuId.newId(), null, null, menu("Entry " + code, code, 0, status),
                        clock.now()));
            }
            for (int i = random.nextInt(2, 6); i > 0; i--) {
                store.roles().add(Role.create(RoleId.newId(), new RoleCode("role_" + i), randomDetails(),
                        clock.now()));
            }
            for (int i = random.nextInt(3, 8); i > 0; i--) {
                User user = User.register(UserId.newId(), new Username("user" + i), null, null, null,
                        pick(deptList()), new FakePasswordHasher().hash("password-123"), false,
                        clock.now());
                users.add(user);
                store.replaceRoles(user.id(), randomRoles(random.nextInt(8) == 0));
                people.add(user.id());
            }
            actor = pick(people);
            Set<UUID> actorRoles = new HashSet<>(randomRoles(false));
            actorRoles.add(pickRole().value());
            actorRoles.add(pickRole().value());
            store.replaceRoles(actor, actorRoles);
        }

        Set<DeptId> deptIds() {
            return new HashSet<>(deptList());
        }

        /** In the order they were made, so that picks follow the seed. */
        List<DeptId> deptList() {
            return departments.findAll().stream().map(Department::id).toList();
        }

        Map<UserId, UserAccess> everyonesAccess() {
            Map<UserId, UserAccess> all = new HashMap<>();
            people.forEach(person -> all.put(person, freshAccess(person)));
            return all;
        }

        UserAccess freshAccess(UserId user) {
            return new GetUserAccessService(store.grants(), users, departments, new InMemoryAccessCache()).of(user);
        }

        /** Tries operation {@code kind} with random arguments; whether the use cases accepted it. */
        boolean attempt(int kind) {
            try {
                switch (kind) {
                    case 0 -> roles.create(actor, new CreateRole.Command(new RoleCode("made_" + made++),
                            randomDetails()));
                    case 1 -> {
                        RoleView role = roles.get(pickRole());
                        roles.update(actor, UpdateRole.Command.everyField(role.id(), new RoleCode(role.code()), randomDetails(),
                                role.version()));
                    }
                    case 2 -> roles.delete(actor, pickRole());
                    case 3 -> {
                        Menu entry = pick(store.menus().findAll());
                        menus.update(actor, UpdateMenu.Command.everyField(entry.id(), null, menu(entry.details().name(),
                                pick(CODES), 0, random.nextBoolean() ? MenuStatus.ENABLED : MenuStatus.DISABLED),
                                entry.version()));
                    }
                    case 4 -> menus.create(actor, new CreateMenu.Command(pick(store.menus().findAll().stream()
                            .filter(m -> m.details().type() == MenuType.MENU).toList()).id(),
                            button("Made " + made++, pick(CODES))));
                    case 5 -> {
                        User user = users.findById(pick(people)).orElseThrow();
                        boolean move = random.nextBoolean();
                        boolean keepRoles = move && random.nextBoolean();
                        management.update(actor, UpdateUser.Command.everyField(user.id(), new Nickname("n"), null, null,
                                move ? pick(deptList()) : user.deptId(),
                                keepRoles ? Set.copyOf(store.roleIdsOf(user.id())) : randomRoles(false),
                                UserStatus.ENABLED, user.version()));
                    }
                    case 6 -> people.add(management.create(actor, new CreateUser.Command(
                            new Username("made" + made++), "password-123", null, null, null,
                            pick(deptList()), randomRoles(false), UserStatus.ENABLED, false))
                            .id());
                    case 7 -> {
                        Department dept = pick(departments.findAll());
                        depts.update(actor, UpdateDepartment.Command.everyField(dept.id(),
                                pick(deptList()), dept.details(), dept.version()));
                    }
                    default -> depts.create(actor, new CreateDepartment.Command(pick(deptList()),
                            details("Made " + made++)));
                }
                return true;
            } catch (DomainException refused) {
                return false;
            }
        }

        /** Every user the actor sees and may act on is allowed nothing the actor is not. */
        void assertNobodyInReachHoldsMore() {
            UserAccess acting = freshAccess(actor);
            Set<DeptId> now = deptIds();
            for (UserId person : people) {
                User user = users.findVisible(person, acting.scope()).orElse(null);
                if (user == null || !inReach(acting, user)) {
                    continue;
                }
                assertWithin(freshAccess(person), acting, now, "user " + user.username() + " in reach");
            }
        }

        private boolean inReach(UserAccess acting, User user) {
            try {
                guard.requireReachable(acting, user.id(), user.deptId());
                return true;
            } catch (AccessDeniedException outOfReach) {
                return false;
            }
        }

        private RoleDetails randomDetails() {
            DataScope scope = pick(SCOPES);
            Set<DeptId> custom = new HashSet<>();
            if (scope == DataScope.CUSTOM) {
                List<DeptId> all = deptList();
                for (int i = random.nextInt(1, 4); i > 0; i--) {
                    custom.add(pick(all));
                }
            }
            Set<MenuId> entries = new HashSet<>();
            List<Menu> all = store.menus().findAll();
            for (int i = random.nextInt(0, 4); i > 0; i--) {
                entries.add(pick(all).id());
            }
            RoleStatus status = random.nextInt(6) == 0 ? RoleStatus.DISABLED : RoleStatus.ENABLED;
            return new RoleDetails("Role", 0, status, scope, custom, entries);
        }

        private Set<UUID> randomRoles(boolean withSuperAdmin) {
            Set<UUID> chosen = new HashSet<>();
            List<RoleSnapshot> live = store.roles().rows().stream()
                    .filter(r -> r.deletedAt() == null && !r.id().equals(RoleId.SUPER_ADMIN)).toList();
            for (int i = random.nextInt(0, 3); i > 0 && !live.isEmpty(); i--) {
                chosen.add(pick(live).id().value());
            }
            if (withSuperAdmin) {
                chosen.add(RoleId.SUPER_ADMIN.value());
            }
            return chosen;
        }

        private RoleId pickRole() {
            return pick(store.roles().rows().stream().filter(r -> r.deletedAt() == null).toList()).id();
        }

        private void department(DeptId parent) {
            departments.add(Department.create(DeptId.newId(), parent, details("Dept"), clock.now()));
        }

        private static DepartmentDetails details(String name) {
            return new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
