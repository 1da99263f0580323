package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.UserRepositoryContract;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserQuery;
import dev.bastion.domain.identity.UserSort;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.organization.RecordScope;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fake against the contract PostgreSQL also passes, and what only the fake does. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$fake$v=1$nosalt$terces");

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }

    private static User member(String username, DeptId dept) {
        return User.register(UserId.newId(), new Username(username), null, null, null, dept, HASH, false, NOW);
    }

    @Test
    void a_new_user_must_be_at_version_0() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        User jane = member("jane", DeptId.ROOT);
        users.add(jane);
        User loaded = users.findById(jane.id()).orElseThrow();
        loaded.disable(NOW);
        User stored = users.update(loaded);

        assertThatThrownBy(() -> new InMemoryUserRepository().add(stored)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryUserRepository().addAll(List.of(stored)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_the_department_tree_the_department_filter_matches_that_department_only() {
        InMemoryUserRepository users = new InMemoryUserRepository();
        Department sales = Department.create(DeptId.newId(), DeptId.ROOT,
                new DepartmentDetails("Sales", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        Department east = Department.create(DeptId.newId(), sales.id(),
                new DepartmentDetails("East", 0, null, null, null, DepartmentStatus.ENABLED), NOW);
        users.add(member("ann", sales.id()));
        users.add(member("bob", east.id()));

        assertThat(users.find(new UserQuery(null, null, sales.id()), RecordScope.everything(UUID.randomUUID()),
                PageRequest.first(10), UserSort.USERNAME_ASC).items())
                .map(u -> u.username().value()).containsExactly("ann");
    }
}
