package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.access.DataScope;
import dev.bastion.domain.access.Role;
import dev.bastion.domain.access.RoleCode;
import dev.bastion.domain.access.RoleDetails;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.access.RoleStatus;
import dev.bastion.domain.access.UserWithRoles;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page of a listing, read one after another, gives the listing's rows once each in order,
 * with its exact total, and read with the users' roles ({@code RoleHoldings.visibleWithRoles}) the
 * same rows, each with the roles it holds: the first pages are read directly and later ones as a
 * deferred join, and a total from the counters is read in the page's statement, so each
 * combination is walked past the row where the reading changes (100) and past the end. The
 * reference order is a slice read by another statement.
 */
@MicronautTest(startApplication = false, transactional = false)
class UserPagesTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private static final int USERS = 150;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;
    @Inject
    RoleRepository roles;
    @Inject
    RoleHoldings holdings;

    private DeptId sales;
    private DeptId east;
    private UUID viewer;

    private DeptId dept(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), now);
        departments.add(department);
        return department.id();
    }

    @BeforeAll
    void users() {
        sales = dept(DeptId.ROOT, "Sales");
        east = dept(sales, "East");
        DeptId other = dept(DeptId.ROOT, "Other");
        List<User> all = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            DeptId dept = i % 3 == 0 ? sales : i % 3 == 1 ? east : other;
            // some share a creation instant, so the id breaks ties
            User user = User.register(UserId.newId(), new Username((i % 2 == 0 ? "pa" : "Pb") + i), null, null,
                    null, dept, HASH, false, now.plusSeconds(i / 4));
            if (i % 7 == 0) {
                user.disable(now.plusSeconds(i / 4));
            }
            all.add(user);
        }
        users.addAll(all);
        Role clerk = Role.create(RoleId.newId(), new RoleCode("pages_clerk_" + UUID.randomUUID().toString().substring(0, 8)),
                new RoleDetails("Clerk", 0, RoleStatus.ENABLED, DataScope.SELF, Set.of(), Set.of()), now);
        roles.add(clerk);
        // some hold no role, some one, some two (read sorted), on both sides of row 100
        Map<UserId, Set<RoleId>> held = new HashMap<>();
        for (int i = 0; i < USERS; i += 2) {
            held.put(all.get(i).id(), i % 4 == 0 ? Set.of(clerk.id(), RoleId.SUPER_ADMIN) : Set.of(clerk.id()));
        }
        holdings.assignAll(held);
        viewer = all.get(2).id().value(); // in "Other", outside the scope's departments
    }

    private record Listing(String name, UserQuery query, RecordScope scope) {
    }

    private static RecordScope everything() {
        return RecordScope.everything(UUID.randomUUID());
    }

    private RecordScope departmentsAndOwn() {
        return new RecordScope(viewer, false, Set.of(sales, east), true);
    }

    @Test
    void pagesReadInTurnGiveTheListingOnceInOrderWithItsTotal() {
        List<Listing> listings = List.of(
                new Listing("everything (counters)", UserQuery.any(), everything()),
                new Listing("departments and own (counters)", UserQuery.any(), departmentsAndOwn()),
                new Listing("a username prefix (counted)", new UserQuery("p", null, null), everything()));
        for (Listing listing : listings) {
            for (UserSort sort : UserSort.values()) {
                readInTurn(listing.name() + ", " + sort, listing.query(), listing.scope(), sort);
            }
        }
    }

    private void readInTurn(String name, UserQuery query, RecordScope scope, UserSort sort) {
        List<UserId> expected = users.findSlice(query, scope, sort, Optional.empty(), 1000).stream()
                .map(User::id).toList();
        assertThat(expected).as(name).hasSizeGreaterThan(100);
        for (int size : new int[] {9, 20}) {
            List<UserId> read = new ArrayList<>();
            for (int number = 1; ; number++) {
                Page<User> page = users.find(query, scope, new PageRequest(number, size), sort);
                assertThat(page.total()).as("%s: total of page %d of %d", name, number, size).isEqualTo(expected.size());
                if (page.items().isEmpty()) {
                    break;
                }
                page.items().forEach(user -> read.add(user.id()));
                Page<UserWithRoles> withRoles = holdings.visibleWithRoles(query, scope, new PageRequest(number, size), sort);
                assertThat(withRoles.total()).as("%s: total of page %d of %d with roles", name, number, size)
                        .isEqualTo(expected.size());
                assertThat(withRoles.items()).as("%s: page %d of %d with roles", name, number, size)
                        .extracting(found -> found.user().id()).isEqualTo(page.items().stream().map(User::id).toList());
                Map<UserId, List<RoleId>> roleIds = holdings.rolesOf(page.items().stream().map(User::id).toList());
                withRoles.items().forEach(found -> assertThat(found.roleIds()).as("%s: roles of %s", name, found.user().id())
                        .isEqualTo(roleIds.getOrDefault(found.user().id(), List.of())));
            }
            assertThat(read).as("%s: pages of %d", name, size).isEqualTo(expected);
        }
    }
}
