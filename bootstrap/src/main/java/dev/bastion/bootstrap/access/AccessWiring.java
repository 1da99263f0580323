package dev.bastion.bootstrap.access;

import dev.bastion.application.access.AccessCache;
import dev.bastion.application.access.AccessCacheInvalidation;
import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.access.GetUserAccessService;
import dev.bastion.application.access.MenusService;
import dev.bastion.application.access.GrantGuard;
import dev.bastion.application.access.RolesService;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.AccessGrants;
import dev.bastion.domain.access.MenuRepository;
import dev.bastion.domain.access.RoleHoldings;
import dev.bastion.domain.access.RoleRepository;
import dev.bastion.domain.identity.UserRepository;
import dev.bastion.domain.organization.DepartmentRepository;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Constructs the access-control use cases; the core itself carries no annotations. */
@Factory
final class AccessWiring {

    @Singleton
    GetUserAccessService userAccess(AccessGrants grants, UserRepository users, DepartmentRepository departments,
                                    AccessCache cache) {
        return new GetUserAccessService(grants, users, departments, cache);
    }

    /** Keeps the access cache true: it hears every committed event on this instance. */
    @Singleton
    AccessCacheInvalidation accessCacheInvalidation(AccessCache cache) {
        return new AccessCacheInvalidation(cache);
    }

    @Singleton
    GrantGuard grantGuard(RoleRepository roles, MenuRepository menus, AccessGrants grants, RoleHoldings holdings,
                          DepartmentRepository departments) {
        return new GrantGuard(roles, menus, grants, holdings, departments);
    }

    @Singleton
    MenusService menus(MenuRepository menus, AccessGrants grants, GetUserAccess userAccess, AccessCache cache,
                       GrantGuard guard, Transactions transactions, Clock clock) {
        return new MenusService(menus, grants, userAccess, cache, guard, transactions, clock);
    }

    @Singleton
    RolesService roles(RoleRepository roles, MenuRepository menus, DepartmentRepository departments,
                       GetUserAccess userAccess, GrantGuard guard, Transactions transactions,
                       Clock clock) {
        return new RolesService(roles, menus, departments, userAccess, guard, transactions, clock);
    }
}
