package dev.bastion.bootstrap.organization;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.organization.DepartmentOwnedRecords;
import dev.bastion.application.organization.DepartmentsService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

@Factory
final class OrganizationWiring {

    @Singleton
    DepartmentsService departments(DepartmentRepository departments, GetUserAccess userAccess, GrantGuard guard,
                                   Transactions transactions, Clock clock,
                                   List<DepartmentOwnedRecords> ownedRecords) {
        return new DepartmentsService(departments, userAccess, guard, transactions, clock, ownedRecords);
    }
}
