package dev.bastion.application.identity.administration;

import dev.bastion.domain.identity.UserProfileChanged;
import dev.bastion.domain.identity.UserMoved;
import dev.bastion.domain.identity.UserDeleted;
import dev.bastion.domain.access.UserRolesChanged;
import dev.bastion.application.access.AccessCacheInvalidation;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryUserReadCache;
import static dev.bastion.application.testing.AccessFixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.shared.FieldPatch;
import dev.bastion.application.testing.AccessFixtures;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.access.MenuId;
import dev.bastion.domain.access.Menu;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.Nickname;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class UserManagementServiceTest {

    private static final UUID SUPER_ADMIN = RoleId.SUPER_ADMIN.value();
    private static final PageRequest ALL_ON_ONE_PAGE = PageRequest.first(100);

    private final InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(departments);
    private final InMemoryAccessStore store = new InMemoryAccessStore(users)
            .defineRole("super_admin", "*")
            // The acting administrator holds everything (so may hand out any role) without being a super_admin
            .defineRole("admin", DataScope.ALL, "*");
        private final InMemoryAccessCache accessCache = new InMemoryAccessCache();
    private final InMemoryUserReadCache reads = new InMemoryUserReadCache();
    private final InMemoryEventOutbox events = new InMemoryEventOutbox(new AccessCacheInvalidation(accessCache),
            new UserReadCacheInvalidation(reads));
    {
        departments.sendingEventsTo(events);
        users.sendingEventsTo(events);
        store.sendingEventsTo(events);
    }
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final GetUserAccessService userAccess = new GetUserAccessService(store.grants(), users, departments, accessCache);
    private final UserManagementService management = new UserManagementService(users, store.holdings(), store.roleLookup(), userAccess,
            new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments), departments, hasher, sessions, transactions, reads, clock, PasswordPolicy::defaults);

    // Root ─┬─ Sales ─── Sales East
    //       └─ Support
    private final DeptId sales = department(DeptId.ROOT, "Sales");
    private final DeptId salesEast = department(sales, "Sales East");
    private final DeptId support = department(DeptId.ROOT, "Support");

    /** The acting administrator: may see and change every user, holds no super_admin. */
    private final UserId admin = seeded("admin", DeptId.ROOT, "admin");

    private DeptId department(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), clock.now());
        departments.add(department);
        return department.id();
    }

    /** A user put straight into the repository (not through the use case), holding {@code roles}. */
    private UserId seeded(String name, DeptId dept, String... roles) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept,
                hasher.hash(name + "-password-1"), false, clock.now());
        users.add(user);
        for (String role : roles) {
            store.assignRole(user.id(), role);
        }
        return user.id();
    }

    private UserId actorWithScope(String name, DeptId dept, DataScope scope) {
        String code = name + "_scope";
        store.roles().add(Role.create(RoleId.newId(), new RoleCode(code), role(scope), clock.now()));
        return seeded(name, dept, code);
    }

    private UserView create(String name, Set<UUID> roles) {
        return create(admin, name, DeptId.ROOT, roles);
    }

    private UserView create(UserId actor, String name, DeptId dept, Set<UUID> roles) {
        return management.create(actor, new CreateUser.Command(new Username(name), name + "-password-1", null, null,
                null, dept, roles, UserStatus.ENABLED, false));
    }

    private UpdateUser.Command moveTo(UserId id, DeptId dept) {
        User user = users.findById(id).orElseThrow();
        return UpdateUser.Command.everyField(id, user.nickname(), null, null, dept, Set.copyOf(store.roleIdsOf(id)),
                user.status(), user.version());
    }

    private static void assertNotFound(Executable use) {
        assertThatThrownBy(use::execute).isInstanceOf(NotFoundException.class);
    }

    private static void assertInvalidDept(Executable use) {
        assertThatThrownBy(use::execute)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deptId"));
    }

    private Set<String> listedBy(UserId actor) {
        return Set.copyOf(management.list(actor, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC).items()
                .stream().map(view -> view.username()).toList());
    }

    @Test
    void a_new_user_gets_its_roles_and_the_defaults() {
        UserView ann = create("ann", Set.of(SUPER_ADMIN));

        assertThat(ann.nickname()).isEqualTo("ann");
        assertThat(ann.deptId()).isEqualTo(DeptId.ROOT);
        assertThat(ann.roleIds()).containsExactly(SUPER_ADMIN);
    }

    @Test
    void unknown_departments_and_roles_are_named_and_nothing_is_written() {
        assertInvalidDept(() -> create(admin, "ben", DeptId.newId(), Set.of()));
        assertThatThrownBy(() -> create("ben", Set.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("roleIds"));
        assertThat(users.findByUsername(new Username("ben"))).isEmpty();
    }

    @Test
    void a_stale_version_is_refused() {
        UserView cat = create("cat", Set.of());
        management.update(admin, UpdateUser.Command.everyField(cat.id(), new Nickname("Cat"), null, null, DeptId.ROOT,
                Set.of(), UserStatus.ENABLED, 0));

        assertThatThrownBy(() -> management.update(admin, UpdateUser.Command.everyField(cat.id(), new Nickname("Kat"),
                null, null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 0)))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void the_last_super_admin_keeps_the_role_and_stays() {
        UserView root = create("root", Set.of(SUPER_ADMIN));

        assertThatThrownBy(() -> management.update(admin, UpdateUser.Command.everyField(root.id(),
                new Nickname("root"), null, null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 0)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("roleIds"));
        assertThatThrownBy(() -> management.delete(admin, root.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void deleting_ends_the_sessions_and_hides_the_user() {
        UserView dan = create("dan", Set.of());
        SessionId session = SessionId.newId();
        sessions.add(Session.open(session, dan.id(), new Username(dan.username()), RefreshToken.issue(session).digest(),
                new ClientInfo("203.0.113.9", "curl"), false, clock.now(), Duration.ofDays(7)));

        management.delete(admin, dan.id());

        assertThat(sessions.check(session, clock.now())).isEmpty();
        assertNotFound(() -> management.get(admin, dan.id()));
    }

    // --- nobody hands out more than they hold -------------------------------------------------------------

    private RoleId roleWith(String code, DataScope scope, String... permissions) {
        MenuId[] entries = new MenuId[permissions.length];
        for (int i = 0; i < permissions.length; i++) {
            String permission = permissions[i];
            entries[i] = store.menus().findAll().stream()
                    .filter(m -> m.details().permission() != null
                            && m.details().permission().value().equals(permission))
                    .map(Menu::id)
                    .findFirst()
                    .orElseGet(() -> {
                        Menu entry = Menu.create(MenuId.newId(), null, null,
                                AccessFixtures.menu("Entry " + permission, permission), clock.now());
                        store.menus().add(entry);
                        return entry.id();
                    });
        }
        Role role = Role.create(RoleId.newId(), new RoleCode(code), role(scope, entries), clock.now());
        store.roles().add(role);
        return role.id();
    }

    private UserId deptAdmin() {
        RoleId manager = roleWith("dept_manager", DataScope.DEPT_AND_CHILDREN, "system:user:*");
        return seededWith("manager", sales, manager);
    }

    private UserId seededWith(String name, DeptId dept, RoleId role) {
        UserId id = seeded(name, dept);
        store.replaceRoles(id, Set.of(role.value()));
        return id;
    }

    @Test
    void an_actor_gives_roles_within_their_own_permissions_and_scope() {
        UserId manager = deptAdmin();
        RoleId clerk = roleWith("clerk", DataScope.DEPT, "system:user:list", "system:user:read");

        UserView hired = create(manager, "hired", salesEast, Set.of(clerk.value()));

        assertThat(hired.roleIds()).containsExactly(clerk.value());
    }

    @Test
    void an_actor_cannot_give_or_take_a_role_granting_more_than_they_hold() {
        UserId manager = deptAdmin();
        RoleId auditor = roleWith("auditor", DataScope.SELF, "monitor:login-log:list");
        RoleId everywhere = roleWith("everywhere", DataScope.ALL, "system:user:list");
        RoleId elsewhere = roleWith("elsewhere", DataScope.DEPT_AND_CHILDREN, "system:user:list");
        UserId colleague = seeded("colleague", salesEast);

        assertForbidden(() -> create(manager, "boss", salesEast, Set.of(SUPER_ADMIN)));
        assertForbidden(() -> create(manager, "spy", salesEast, Set.of(auditor.value())));
        assertForbidden(() -> create(manager, "roamer", salesEast, Set.of(everywhere.value())));
        assertForbidden(() -> management.update(manager, UpdateUser.Command.everyField(manager, new Nickname("me"), null,
                null, sales, Set.of(store.roleIdsOf(manager).get(0), SUPER_ADMIN), UserStatus.ENABLED, 0)));
        UserId seniors = seededWith("senior", salesEast, auditor);
        assertForbidden(() -> management.update(manager, UpdateUser.Command.everyField(seniors, new Nickname("s"), null,
                null, salesEast, Set.of(), UserStatus.ENABLED, 0)));
        assertThat(create(manager, "local", salesEast, Set.of(elsewhere.value())).roleIds())
                .as("the subtree of Sales East lies inside the manager's Sales subtree")
                .containsExactly(elsewhere.value());
        assertThat(users.findById(colleague)).isPresent();
    }

    @Test
    void a_role_reaching_outside_the_actors_scope_is_refused() {
        RoleId manager = roleWith("east_manager", DataScope.DEPT, "system:user:*");
        UserId eastBoss = seededWith("eastboss", salesEast, manager);
        RoleId wide = roleWith("wide", DataScope.DEPT_AND_CHILDREN, "system:user:list");
        Role supportWatch = Role.create(RoleId.newId(), new RoleCode("support_watch"),
                AccessFixtures.customRole(Set.of(support)), clock.now());
        store.roles().add(supportWatch);
        RoleId custom = supportWatch.id();

        assertThat(create(eastBoss, "leaf", salesEast, Set.of(wide.value())).roleIds())
                .as("Sales East has no sub-departments").containsExactly(wide.value());
        assertForbidden(() -> create(eastBoss, "prying", salesEast, Set.of(custom.value())));
    }

    @Test
    void a_user_holding_more_than_the_actor_can_be_read_but_not_changed_or_deleted() {
        RoleId userAdmin = roleWith("user_admin", DataScope.ALL, "system:user:*");
        UserId actor = seededWith("useradmin", DeptId.ROOT, userAdmin);
        UserId root = seeded("root", DeptId.ROOT, "super_admin");
        seeded("root2", DeptId.ROOT, "super_admin");
        RoleId peer = roleWith("peer", DataScope.ALL, "system:user:list");
        UserId colleague = seededWith("colleague", sales, peer);

        assertThat(management.get(actor, root).username()).isEqualTo("root");
        assertForbidden(() -> management.update(actor, UpdateUser.Command.everyField(root, new Nickname("owned"),
                new Email("attacker@example.com"), null, DeptId.ROOT, Set.of(SUPER_ADMIN), UserStatus.ENABLED, 0)));
        assertForbidden(() -> management.update(actor, UpdateUser.Command.everyField(root, new Nickname("root"), null,
                null, DeptId.ROOT, Set.of(SUPER_ADMIN), UserStatus.DISABLED, 0)));
        assertForbidden(() -> management.delete(actor, root));
        assertThat(users.findById(root).orElseThrow().version()).isZero();
        management.update(actor, UpdateUser.Command.everyField(colleague, new Nickname("Col"), null, null, sales,
                Set.of(peer.value()), UserStatus.ENABLED, 0));
        management.delete(actor, colleague);
        assertThat(users.findById(colleague)).as("a user holding nothing more than the actor").isEmpty();
    }

    @Test
    void moving_a_user_judges_the_roles_they_keep_where_they_go() {
        Role salesAndSupport = Role.create(RoleId.newId(), new RoleCode("two_depts"),
                AccessFixtures.customRole(Set.of(sales, support)), clock.now());
        store.roles().add(salesAndSupport);
        UserId actor = seededWith("actor", support, salesAndSupport.id());
        RoleId subtree = roleWith("subtree", DataScope.DEPT_AND_CHILDREN);
        UserId eli = seededWith("eli", support, subtree);

        assertThatThrownBy(() -> management.update(actor, moveTo(eli, sales)))
                .as("in Sales the role would open Sales East, outside the actor's scope")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.findById(eli).orElseThrow().deptId()).isEqualTo(support);
    }

    private static void assertForbidden(Executable use) {
        assertThatThrownBy(use::execute).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("grants more than you hold");
    }

    // --- store changes are announced after commit -----------------------------------------------------

    @Test
    void a_role_taken_away_is_refused_at_the_next_check_though_the_access_was_cached() {
        store.defineRole("reader", "system:user:list");
        UserView eve = create("eve", Set.of(store.idOf("reader")));
        PermissionCode list = new PermissionCode("system:user:list");
        assertThat(userAccess.of(eve.id()).permissions().allows(list)).isTrue();
        int loads = accessCache.loads();
        assertThat(userAccess.of(eve.id()).permissions().allows(list)).isTrue();
        assertThat(accessCache.loads()).as("the second check is served from the cache").isEqualTo(loads);

        management.update(admin, UpdateUser.Command.everyField(eve.id(), new Nickname("eve"), null, null, DeptId.ROOT,
                Set.of(), UserStatus.ENABLED, 0));

        assertThat(userAccess.of(eve.id()).permissions().allows(list)).isFalse();
        assertThat(events.appended()).contains(new UserRolesChanged(eve.id()));
    }

    @Test
    void an_update_tells_each_thing_that_changed_and_a_delete_tells_the_deletion() {
        UserView eve = create("eve", Set.of());
        int before = events.count();

        management.update(admin, UpdateUser.Command.everyField(eve.id(), new Nickname("Eve"), null, null, sales,
                Set.of(store.idOf("admin")), UserStatus.ENABLED, 0));
        UserId id = eve.id();
        assertThat(events.appended().subList(before, events.count()))
                .containsExactly(new UserProfileChanged(id), new UserMoved(id), new UserRolesChanged(id));

        management.delete(admin, id);
        assertThat(events.appended().get(events.count() - 1)).isEqualTo(new UserDeleted(id));
    }

    @Test
    void an_update_that_changes_nothing_tells_nothing_and_keeps_the_version() {
        UserView eve = create("eve", Set.of());
        int before = events.count();

        UserView same = management.update(admin, UpdateUser.Command.everyField(eve.id(), new Nickname(eve.nickname()),
                null, null, DeptId.ROOT, Set.of(), UserStatus.ENABLED, 0));

        assertThat(events.count()).isEqualTo(before);
        assertThat(same).isEqualTo(eve);
        assertThat(users.findById(eve.id()).orElseThrow().version()).isZero();
    }

    @Test
    void an_update_that_only_changes_roles_moves_the_version() {
        UserView eve = create("eve", Set.of());

        UserView updated = management.update(admin, UpdateUser.Command.everyField(eve.id(),
                new Nickname(eve.nickname()), null, null, DeptId.ROOT, Set.of(SUPER_ADMIN), UserStatus.ENABLED, 0));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.roleIds()).containsExactly(SUPER_ADMIN);
    }

    @Test
    void a_refused_update_or_delete_tells_nothing() {
        UserView root = create("root", Set.of(SUPER_ADMIN));
        int before = events.count();

        assertThatThrownBy(() -> management.update(admin, UpdateUser.Command.everyField(root.id(),
                new Nickname("root"), null, null, DeptId.ROOT, Set.of(SUPER_ADMIN), UserStatus.ENABLED, 7)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> management.delete(admin, root.id())).isInstanceOf(ConflictException.class);
        assertNotFound(() -> management.delete(admin, UserId.newId()));

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_role_given_through_update_is_held_at_once() {
        UserView fay = create("fay", Set.of());

        UserView updated = management.update(admin, UpdateUser.Command.everyField(fay.id(), new Nickname("fay"), null,
                null, DeptId.ROOT, Set.of(store.idOf("admin")), UserStatus.ENABLED, 0));

        assertThat(updated.roleIds()).containsExactly(store.idOf("admin"));
        assertThat(store.grants().grantsOf(fay.id()).roles()).containsExactly("admin");
    }

    // --- the actor's data scope ------------------------------------------------------------------------

    @Test
    void an_actor_with_dept_and_children_lists_exactly_their_subtree() {
        UserId lead = actorWithScope("lead", sales, DataScope.DEPT_AND_CHILDREN);
        seeded("sam", sales);
        seeded("eli", salesEast);
        seeded("sue", support);
        seeded("rob", DeptId.ROOT);

        assertThat(listedBy(lead)).containsExactlyInAnyOrder("lead", "sam", "eli");
        assertThat(management.list(lead, UserQuery.any(), PageRequest.first(2), UserSort.USERNAME_ASC).total())
                .isEqualTo(3);
        assertThat(listedBy(admin)).containsExactlyInAnyOrder("admin", "lead", "sam", "eli", "sue", "rob");
    }

    @Test
    void the_department_filter_stays_within_the_scope() {
        UserId lead = actorWithScope("lead", salesEast, DataScope.DEPT_AND_CHILDREN);
        seeded("sam", sales);
        seeded("eli", salesEast);

        assertThat(management.list(lead, new UserQuery(null, null, sales), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC)
                .items()).extracting(view -> view.username()).containsExactly("eli", "lead");
    }

    @Test
    void a_user_outside_the_scope_is_not_found_for_read_update_and_delete() {
        UserId lead = actorWithScope("lead", sales, DataScope.DEPT_AND_CHILDREN);
        UserId sue = seeded("sue", support);
        int before = events.count();

        assertNotFound(() -> management.get(lead, sue));
        assertNotFound(() -> management.update(lead, moveTo(sue, support)));
        assertNotFound(() -> management.update(lead, moveTo(sue, salesEast)));
        assertNotFound(() -> management.delete(lead, sue));

        User stored = users.findById(sue).orElseThrow();
        assertThat(stored.deptId()).isEqualTo(support);
        assertThat(stored.version()).isZero();
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_user_inside_the_scope_can_be_read_changed_and_deleted() {
        UserId lead = actorWithScope("lead", sales, DataScope.DEPT_AND_CHILDREN);
        UserId eli = seeded("eli", salesEast);

        assertThat(management.get(lead, eli).id()).isEqualTo(eli);
        assertThat(management.update(lead, moveTo(eli, sales)).deptId()).isEqualTo(sales);
        management.delete(lead, eli);
        assertThat(users.findById(eli)).isEmpty();
    }

    @Test
    void creating_a_user_in_a_department_outside_the_scope_names_dept_id() {
        UserId lead = actorWithScope("lead", sales, DataScope.DEPT_AND_CHILDREN);

        assertInvalidDept(() -> create(lead, "sue", support, Set.of()));
        assertInvalidDept(() -> create(lead, "rob", DeptId.ROOT, Set.of()));
        assertThat(users.findByUsername(new Username("sue"))).isEmpty();
        assertThat(users.findByUsername(new Username("rob"))).isEmpty();

        assertThat(create(lead, "eli", salesEast, Set.of()).deptId()).isEqualTo(salesEast);
    }

    @Test
    void moving_a_user_into_a_department_outside_the_scope_names_dept_id() {
        UserId lead = actorWithScope("lead", sales, DataScope.DEPT_AND_CHILDREN);
        UserId eli = seeded("eli", salesEast);
        int before = events.count();

        assertInvalidDept(() -> management.update(lead, moveTo(eli, support)));

        assertThat(users.findById(eli).orElseThrow().deptId()).isEqualTo(salesEast);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void an_actor_without_roles_sees_only_themself() {
        UserId loner = seeded("loner", sales);
        UserId sam = seeded("sam", sales);

        assertThat(listedBy(loner)).containsExactly("loner");
        assertThat(management.get(loner, loner).id()).isEqualTo(loner);
        assertNotFound(() -> management.get(loner, sam));
        assertNotFound(() -> management.delete(loner, sam));
    }

    @Test
    void an_actor_seeing_only_themself_cannot_place_anyone_anywhere() {
        UserId loner = seeded("loner", sales);

        assertInvalidDept(() -> create(loner, "sam", sales, Set.of()));
        assertInvalidDept(() -> management.update(loner, moveTo(loner, salesEast)));
    }

    @Test
    void a_read_asked_again_reads_nothing_and_the_next_one_after_any_change_shows_it() {
        UserView eve = create("eve", Set.of());
        Page<UserView> first = management.list(admin, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC);
        assertThat(management.get(admin, eve.id())).isEqualTo(eve);
        int loads = reads.loads();

        assertThat(management.list(admin, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC)).isEqualTo(first);
        assertThat(management.get(admin, eve.id())).isEqualTo(eve);
        assertThat(reads.loads()).as("asked again").isEqualTo(loads);

        UserView fred = create("fred", Set.of());
        assertThat(management.list(admin, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC).items())
                .as("created").contains(fred).hasSize(first.items().size() + 1);
        UserView renamed = management.update(admin,
                patch(eve.id(), eve.version(), FieldPatch.of(new Nickname("Eve E.")), FieldPatch.absent(),
                        FieldPatch.of(Set.of(SUPER_ADMIN))));
        assertThat(management.list(admin, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC).items())
                .as("renamed and given a role").contains(renamed).doesNotContain(eve);
        assertThat(management.get(admin, eve.id())).as("read by id").isEqualTo(renamed);
        management.delete(admin, fred.id());
        assertThat(management.list(admin, UserQuery.any(), ALL_ON_ONE_PAGE, UserSort.USERNAME_ASC).total())
                .as("deleted").isEqualTo(first.total());
    }

    @Test
    void an_unknown_actor_sees_nobody() {
        assertThat(listedBy(UserId.newId())).isEmpty();
    }
    // ---------------------------------------------------------------- update as a patch

    private static UpdateUser.Command patch(UserId id, long version, FieldPatch<Nickname> nickname,
                                            FieldPatch<Email> email, FieldPatch<Set<UUID>> roleIds) {
        return new UpdateUser.Command(id, version, nickname, email, FieldPatch.absent(), FieldPatch.absent(), roleIds,
                FieldPatch.absent());
    }

    @Test
    void fields_left_out_of_an_update_keep_their_value() {
        UserId gus = create("gus", Set.of(SUPER_ADMIN)).id();
        management.update(admin, UpdateUser.Command.everyField(gus, new Nickname("Gus"), new Email("gus@example.com"),
                null, sales, Set.of(SUPER_ADMIN), UserStatus.ENABLED, 0));

        management.update(admin, patch(gus, 1, FieldPatch.of(new Nickname("Gussie")), FieldPatch.absent(),
                FieldPatch.absent()));

        User stored = users.findById(gus).orElseThrow();
        assertThat(stored.nickname()).isEqualTo(new Nickname("Gussie"));
        assertThat(stored.email()).contains(new Email("gus@example.com"));
        assertThat(stored.deptId()).isEqualTo(sales);
        assertThat(store.roleIdsOf(gus)).containsExactly(SUPER_ADMIN);
    }

    @Test
    void an_email_given_as_null_is_cleared_and_a_nickname_given_as_null_falls_back_to_the_username() {
        UserId hal = create("hal", Set.of()).id();
        management.update(admin, patch(hal, 0, FieldPatch.of(new Nickname("Hal 9000")),
                FieldPatch.of(new Email("hal@example.com")), FieldPatch.absent()));

        management.update(admin, patch(hal, 1, FieldPatch.of(null), FieldPatch.of(null), FieldPatch.absent()));

        User stored = users.findById(hal).orElseThrow();
        assertThat(stored.nickname()).isEqualTo(new Nickname("hal"));
        assertThat(stored.email()).isEmpty();
    }

    @Test
    void an_empty_role_set_removes_every_role_while_roles_left_out_stay() {
        seeded("spare", DeptId.ROOT, "super_admin"); // so ivy is not the last super administrator
        UserId ivy = create("ivy", Set.of(SUPER_ADMIN)).id();

        long version = management.update(admin,
                patch(ivy, 0, FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent())).version();
        assertThat(store.roleIdsOf(ivy)).containsExactly(SUPER_ADMIN);

        management.update(admin, patch(ivy, version, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.of(Set.of())));
        assertThat(store.roleIdsOf(ivy)).isEmpty();
    }

    @Test
    void a_field_that_cannot_be_empty_given_as_null_is_refused_by_name() {
        UserId id = UserId.newId();
        assertThatThrownBy(() -> new UpdateUser.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.of(null), FieldPatch.absent(), FieldPatch.absent()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deptId"));
        assertThatThrownBy(() -> new UpdateUser.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null), FieldPatch.absent()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("roleIds"));
        assertThatThrownBy(() -> new UpdateUser.Command(id, 0, FieldPatch.absent(), FieldPatch.absent(),
                FieldPatch.absent(), FieldPatch.absent(), FieldPatch.absent(), FieldPatch.of(null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
}
