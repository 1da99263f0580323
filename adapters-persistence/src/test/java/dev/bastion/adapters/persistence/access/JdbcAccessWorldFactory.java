package dev.bastion.adapters.persistence.access;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleLookup;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The access contracts' world over the JDBC adapters, on the test class's own schema. */
@Factory
class JdbcAccessWorldFactory {

    @Singleton
    AccessWorld accessWorld(UserRepository users, DepartmentRepository departments, RoleRepository roles,
                            MenuRepository menus, AccessGrants grants, RoleHoldings holdings, RoleLookup roleLookup) {
        return new AccessWorld(users, departments, roles, menus, grants, holdings, roleLookup);
    }
}
