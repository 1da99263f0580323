package dev.bastion.bootstrap.identity;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.identity.csv.ExportUsersService;
import dev.bastion.application.identity.csv.ImportUsersService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Constructs the use cases that move users in and out as files (export, import). */
@Factory
final class UserFileWiring {

    @Singleton
    ExportUsersService exportUsers(UserRepository users, RoleHoldings holdings, GetUserAccess userAccess) {
        return new ExportUsersService(users, holdings, userAccess);
    }

    @Singleton
    ImportUsersService importUsers(UserRepository users, RoleHoldings holdings, RoleLookup roleLookup,
                                   GetUserAccess userAccess,
                                   GrantGuard guard, DepartmentRepository departments,
                                   Transactions transactions, Clock clock) {
        return new ImportUsersService(users, holdings, roleLookup, userAccess, guard, departments, transactions, clock);
    }
}
