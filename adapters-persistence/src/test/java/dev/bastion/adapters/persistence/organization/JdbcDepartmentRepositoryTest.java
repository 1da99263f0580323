package dev.bastion.adapters.persistence.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.shared.Email;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.User;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.organization.Department;
import dev.bastion.domain.organization.DepartmentDetails;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.organization.DepartmentStatus;
import dev.bastion.domain.organization.DeptId;
import dev.bastion.domain.shared.VersionConflictException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcDepartmentRepositoryTest extends PostgresTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    DepartmentRepository departments;

    @Inject
    UserRepository users;

    private Department add(DeptId parent, String name) {
        Department department = Department.create(DeptId.newId(), parent,
                new DepartmentDetails(name, 0, null, null, null, DepartmentStatus.ENABLED), now);
        departments.add(department);
        return department;
    }

    @Test
    void theMigrationCreatesTheRoot() {
        Department root = departments.findById(DeptId.ROOT).orElseThrow();

        assertThat(root.isRoot()).isTrue();
        assertThat(departments.findAll()).extracting(Department::id).contains(DeptId.ROOT);
    }

    @Test
    void storesAndReadsBackEveryField() {
        Department full = Department.create(DeptId.newId(), DeptId.ROOT, new DepartmentDetails("Research", 7,
                "Grace", "+1 555 0100", new Email("research@example.com"), DepartmentStatus.DISABLED), now);
        departments.add(full);

        assertThat(departments.findById(full.id()).orElseThrow().snapshot()).isEqualTo(full.snapshot());
    }

    @Test
    void lineageRunsFromTheDepartmentUpToTheRoot() {
        Department top = add(DeptId.ROOT, "Top");
        Department middle = add(top.id(), "Middle");
        Department leaf = add(middle.id(), "Leaf");

        assertThat(departments.lineage(leaf.id())).containsExactly(leaf.id(), middle.id(), top.id(), DeptId.ROOT);
        assertThat(departments.lineage(DeptId.newId())).isEmpty();
    }

    @Test
    void childrenAndMembersAreSeenUntilTheyGo() throws Exception {
        Department parent = add(DeptId.ROOT, "Parent");
        Department child = add(parent.id(), "Child");
        User member = User.register(UserId.newId(), new Username("member1"), null, null,
                new PasswordHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"), false, now);
        users.add(member);
        try (Connection connection = database.connect();
             PreparedStatement move = connection.prepareStatement("UPDATE users SET dept_id = ? WHERE id = ?")) {
            move.setObject(1, child.id().value());
            move.setObject(2, member.id().value());
            move.executeUpdate();
        }

        assertThat(departments.hasChildren(parent.id())).isTrue();
        assertThat(departments.hasMembers(child.id())).isTrue();
        assertThat(departments.hasMembers(parent.id())).isFalse();

        Department read = departments.findById(child.id()).orElseThrow();
        read.delete(now.plusSeconds(1));
        departments.update(read);
        assertThat(departments.hasChildren(parent.id())).isFalse();
        assertThat(departments.findById(child.id())).isEmpty();
    }

    @Test
    void aStaleCopyIsAVersionConflict() {
        Department sales = add(DeptId.ROOT, "Sales");
        Department first = departments.findById(sales.id()).orElseThrow();
        Department second = departments.findById(sales.id()).orElseThrow();
        DepartmentDetails renamed = new DepartmentDetails("Sales EU", 0, null, null, null, DepartmentStatus.ENABLED);

        first.describe(renamed, now.plusSeconds(1));
        assertThat(departments.update(first).version()).isEqualTo(1);
        second.describe(renamed, now.plusSeconds(2));
        assertThatThrownBy(() -> departments.update(second)).isInstanceOf(VersionConflictException.class);
    }
}
