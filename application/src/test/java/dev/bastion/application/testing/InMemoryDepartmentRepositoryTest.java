package dev.bastion.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.DepartmentRepositoryContract;
import dev.bastion.domain.organization.DeptId;
import org.junit.jupiter.api.Test;

/** The fake against the contract PostgreSQL also passes, and what only the fake does. */
class InMemoryDepartmentRepositoryTest extends DepartmentRepositoryContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }

    @Test
    void a_member_declared_by_a_test_counts_without_any_user_repository() {
        InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
        DeptId somewhere = DeptId.newId();

        departments.addMember(somewhere);

        assertThat(departments.hasMembers(somewhere)).isTrue();
        assertThat(departments.hasMembers(DeptId.ROOT)).isFalse();
    }
}
