package dev.bastion.application.identity.administration;

import dev.bastion.application.access.AccessCacheInvalidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.testing.InMemoryAccessCache;
import dev.bastion.application.testing.FakePasswordHasher;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryAccessStore;
import dev.bastion.application.testing.InMemoryDepartmentRepository;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryUserReadCache;
import dev.bastion.application.testing.InMemoryUserRepository;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.identity.PasswordPolicy;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * On random department trees, random users and an actor with random roles: listing and reading
 * users through the use case (the fakes resolving the scope as the adapters would) shows exactly
 * the users that API.md's definition of the data scope lets the actor see.
 */
class UserScopeProperties {

    private static final DataScope[] SCOPES = DataScope.values();

    /**
     * {@code roleChoices}: each value is one role held by the actor, of scope {@code value % 5},
     * disabled when {@code value >= 5}. {@code filterChoice} below 0 means no department filter.
     */
    @Property(tries = 300)
    void the_listing_and_lookups_show_exactly_what_the_scope_lets_the_actor_see(
            @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 1000) Integer> parentChoices,
            @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 1000) Integer> userDeptChoices,
            @ForAll @IntRange(min = 0, max = 1000) int actorDeptChoice,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 9) Integer> roleChoices,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1000) Integer> customChoices,
            @ForAll @IntRange(min = -300, max = 1000) int filterChoice) {
        FixedClock clock = FixedClock.at("2026-11-25T10:00:00Z");
        InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
        InMemoryUserRepository users = new InMemoryUserRepository(departments);
        InMemoryAccessStore store = new InMemoryAccessStore(users);
        InMemoryAccessCache cache = new InMemoryAccessCache();
        UserManagementService management = new UserManagementService(users, store.holdings(), store.roleLookup(),
                new GetUserAccessService(store.grants(), users, departments, cache),
                new GrantGuard(store.roles(), store.menus(), store.grants(), store.holdings(), departments), departments,
                new FakePasswordHasher(), new InMemorySessionStore(), new InMemoryTransactions(),
                new InMemoryUserReadCache(), clock, PasswordPolicy::defaults);

        List<DeptId> ids = new ArrayList<>(List.of(DeptId.ROOT));
        Map<DeptId, DeptId> parents = new HashMap<>();
        for (int choice : parentChoices) {
            DeptId parent = ids.get(choice % ids.size());
            Department department = Department.create(DeptId.newId(), parent,
                    new DepartmentDetails("D" + ids.size(), 0, null, null, null, DepartmentStatus.ENABLED),
                    clock.now());
            departments.add(department);
            parents.put(department.id(), parent);
            ids.add(department.id());
        }

        DeptId actorDept = ids.get(actorDeptChoice % ids.size());
        User actor = seed(users, "actor", actorDept, clock);
        Map<User, DeptId> everyone = new HashMap<>(Map.of(actor, actorDept));
        for (int i = 0; i < userDeptChoices.size(); i++) {
            DeptId dept = ids.get(userDeptChoices.get(i) % ids.size());
            everyone.put(seed(users, "user" + i, dept, clock), dept);
        }

        Set<DeptId> custom = new HashSet<>();
        customChoices.forEach(choice -> custom.add(ids.get(choice % ids.size())));
        List<DataScope> enabledScopes = new ArrayList<>();
        for (int i = 0; i < roleChoices.size(); i++) {
            DataScope scope = SCOPES[roleChoices.get(i) % SCOPES.length];
            boolean enabled = roleChoices.get(i) < SCOPES.length;
            String code = "role_" + i;
            store.roles().add(Role.create(RoleId.newId(), new RoleCode(code), new RoleDetails(code, 0,
                    enabled ? RoleStatus.ENABLED : RoleStatus.DISABLED, scope,
                    scope == DataScope.CUSTOM ? custom : Set.of(), Set.of()), clock.now()));
            store.assignRole(actor.id(), code);
            if (enabled) {
                enabledScopes.add(scope);
            }
        }
        DeptId filter = filterChoice < 0 ? null : ids.get(filterChoice % ids.size());

        Set<String> expected = new HashSet<>();
        Set<String> expectedInFilter = new HashSet<>();
        for (Map.Entry<User, DeptId> entry : everyone.entrySet()) {
            if (sees(enabledScopes, custom, actor.id(), actorDept, entry.getKey().id(), entry.getValue(), parents)) {
                expected.add(entry.getKey().username().value());
                if (filter == null || isAtOrBelow(entry.getValue(), filter, parents)) {
                    expectedInFilter.add(entry.getKey().username().value());
                }
            }
        }

        var listed = management.list(actor.id(), new UserQuery(null, null, filter), PageRequest.first(100),
                UserSort.USERNAME_ASC);
        assertThat(listed.items()).extracting(view -> view.username())
                .containsExactlyInAnyOrderElementsOf(expectedInFilter)
                .isSorted();
        assertThat(listed.total()).isEqualTo(expectedInFilter.size());

        for (User user : everyone.keySet()) {
            Throwable lookup = catchThrowable(() -> management.get(actor.id(), user.id()));
            if (expected.contains(user.username().value())) {
                assertThat(lookup).isNull();
            } else {
                assertThat(lookup).isInstanceOf(NotFoundException.class);
            }
        }
    }

    private static User seed(InMemoryUserRepository users, String name, DeptId dept, FixedClock clock) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept,
                new FakePasswordHasher().hash(name + "-password-1"), false, clock.now());
        users.add(user);
        return user;
    }

    /** API.md: the union of the enabled roles' scopes; with none, only oneself. */
    private static boolean sees(List<DataScope> scopes, Set<DeptId> custom, UserId actor, DeptId actorDept,
                                UserId user, DeptId userDept, Map<DeptId, DeptId> parents) {
        if (scopes.isEmpty()) {
            return user.equals(actor);
        }
        for (DataScope scope : scopes) {
            boolean sees = switch (scope) {
                case ALL -> true;
                case CUSTOM -> custom.contains(userDept);
                case DEPT -> userDept.equals(actorDept);
                case DEPT_AND_CHILDREN -> isAtOrBelow(userDept, actorDept, parents);
                case SELF -> user.equals(actor);
            };
            if (sees) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAtOrBelow(DeptId dept, DeptId ancestor, Map<DeptId, DeptId> parents) {
        for (DeptId at = dept; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
