package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.ScopeGrant;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Data scopes as the SQL predicate applies them, compared with a plain in-memory oracle: a random
 * department tree, users placed at random, and random role scopes resolved like the application
 * resolves them. Each repetition uses its own seed, so a failure can be replayed.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserScopeTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private static final int DEPARTMENTS = 40;
    private static final int USERS = 160;

    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;

    private final List<DeptId> depts = new ArrayList<>();
    private final Map<DeptId, DeptId> parents = new HashMap<>();
    private final Map<UserId, DeptId> members = new LinkedHashMap<>();

    @BeforeAll
    void aRandomOrganization() {
        Random random = new Random(20261125);
        Instant now = Instant.now();
        depts.add(DeptId.ROOT);
        for (int i = 0; i < DEPARTMENTS; i++) {
            DeptId parent = depts.get(random.nextInt(depts.size()));
            Department department = Department.create(DeptId.newId(), parent,
                    new DepartmentDetails("D" + i, 0, null, null, null, DepartmentStatus.ENABLED), now);
            departments.add(department);
            depts.add(department.id());
            parents.put(department.id(), parent);
        }
        for (int i = 0; i < USERS; i++) {
            DeptId dept = depts.get(random.nextInt(depts.size()));
            User user = User.register(UserId.newId(), new Username("user" + i), null, null, null, dept, HASH, false, now);
            users.add(user);
            members.put(user.id(), dept);
        }
    }

    @Test
    void subtreesAreTheDepartmentsAtOrBelowTheRoots() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Set<DeptId> roots = new HashSet<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                roots.add(depts.get(random.nextInt(depts.size())));
            }
            Set<DeptId> expected = depts.stream().filter(d -> roots.stream().anyMatch(r -> isAtOrBelow(d, r)))
                    .collect(Collectors.toSet());
            assertThat(departments.subtreesOf(roots)).isEqualTo(expected);
        }
        assertThat(departments.subtreesOf(Set.of())).isEmpty();
        assertThat(departments.subtreesOf(Set.of(DeptId.newId()))).isEmpty();
    }

    @RepeatedTest(40)
    void theSqlScopeListsAndFindsExactlyWhatTheOracleCovers(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<UserId> ids = new ArrayList<>(members.keySet());
        UserId viewer = ids.get(random.nextInt(ids.size()));
        List<ScopeGrant> grants = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            DataScope scope = DataScope.values()[random.nextInt(DataScope.values().length)];
            Set<DeptId> custom = new HashSet<>();
            for (int j = random.nextInt(4); j > 0; j--) {
                custom.add(depts.get(random.nextInt(depts.size())));
            }
            grants.add(new ScopeGrant(scope, custom));
        }
        RecordScope scope = ScopeGrant.union(viewer, members.get(viewer), grants, departments::subtreesOf);
        DeptId filter = random.nextInt(3) == 0 ? depts.get(random.nextInt(depts.size())) : null;

        Set<UserId> expected = members.entrySet().stream()
                .filter(member -> scope.covers(member.getValue(), member.getKey().value()))
                .filter(member -> filter == null || isAtOrBelow(member.getValue(), filter))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        Set<UserId> listed = new HashSet<>();
        long total = -1;
        for (int page = 1; page <= 3; page++) {
            Page<User> found = users.find(new UserQuery(null, null, filter), scope, new PageRequest(page, 100),
                    UserSort.USERNAME_ASC);
            found.items().forEach(user -> listed.add(user.id()));
            total = found.total();
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(total).isEqualTo(expected.size());
        for (UserId id : ids.subList(0, 30)) {
            assertThat(users.findVisible(id, scope).isPresent()).as("user %s", id).isEqualTo(
                    scope.covers(members.get(id), id.value()));
        }
    }

    @Test
    void anEmptyScopeSeesNothingAndOnlyOwnSeesTheViewer() {
        UserId viewer = members.keySet().iterator().next();
        RecordScope nothing = new RecordScope(viewer.value(), false, Set.of(), false);
        RecordScope own = RecordScope.onlyOwn(viewer.value());

        assertThat(users.find(UserQuery.any(), nothing, new PageRequest(1, 100), UserSort.USERNAME_ASC).total())
                .isZero();
        assertThat(users.find(UserQuery.any(), own, new PageRequest(1, 100), UserSort.USERNAME_ASC).items())
                .extracting(User::id).containsExactly(viewer);
        assertThat(users.findVisible(viewer, nothing)).isEmpty();
    }

    private boolean isAtOrBelow(DeptId dept, DeptId ancestor) {
        for (DeptId at = dept; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
