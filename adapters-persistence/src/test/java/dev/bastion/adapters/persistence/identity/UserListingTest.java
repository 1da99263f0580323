package dev.bastion.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.UserStatus;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user listing in SQL: prefix taken literally, status, department subtree, order and paging. */
@MicronautTest(startApplication = false, transactional = false)
class UserListingTest extends PostgresTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA");
    private static final RecordScope EVERYTHING = RecordScope.everything(UUID.randomUUID());
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    UserRepository users;
    @Inject
    DepartmentRepository departments;

    private DeptId sales;
    private DeptId east;

    private DeptId dept(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), now);
        departments.add(department);
        return department.id();
    }

    private void user(String name, DeptId dept, boolean disabled, int secondsLater) {
        User user = User.register(UserId.newId(), new Username(name), null, null, null, dept, HASH, false,
                now.plusSeconds(secondsLater));
        if (disabled) {
            user.disable(now.plusSeconds(secondsLater));
        }
        users.add(user);
    }

    @BeforeAll
    void users() {
        sales = dept(DeptId.ROOT, "Sales");
        east = dept(sales, "East");
        DeptId other = dept(DeptId.ROOT, "Other");
        user("ab_cd", sales, false, 1);
        user("abXcd", east, false, 2);
        user("Ab.e", other, true, 3);
        user("zed", DeptId.ROOT, false, 4);
    }

    private Page<User> find(String prefix, UserStatus status, DeptId dept, UserSort sort) {
        return users.find(new UserQuery(prefix, status, dept), EVERYTHING, new PageRequest(1, 20), sort);
    }

    @Test
    void aPrefixMatchesIgnoringCaseAndItsWildcardsAreLiteral() {
        assertThat(find("ab", null, null, UserSort.USERNAME_ASC).items()).extracting(u -> u.username().value())
                .containsExactly("Ab.e", "ab_cd", "abXcd");
        assertThat(find("ab_", null, null, UserSort.USERNAME_ASC).items()).extracting(u -> u.username().value())
                .containsExactly("ab_cd");
        assertThat(find("%", null, null, UserSort.USERNAME_ASC).total()).isZero();
        assertThat(find("' OR 1=1 --!\\", null, null, UserSort.USERNAME_ASC).total()).isZero();
    }

    @Test
    void aDepartmentFilterIncludesItsSubDepartments() {
        assertThat(find(null, null, sales, UserSort.USERNAME_ASC).items()).extracting(u -> u.username().value())
                .containsExactly("ab_cd", "abXcd");
        assertThat(find(null, null, east, UserSort.USERNAME_ASC).total()).isEqualTo(1);
    }

    @Test
    void statusFilterOrderAndPaging() {
        assertThat(find(null, UserStatus.DISABLED, null, UserSort.USERNAME_ASC).items())
                .extracting(u -> u.username().value()).containsExactly("Ab.e");
        Page<User> second = users.find(UserQuery.any(), EVERYTHING, new PageRequest(2, 2), UserSort.CREATED_AT_ASC);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(u -> u.username().value()).containsExactly("Ab.e", "zed");
    }
}
