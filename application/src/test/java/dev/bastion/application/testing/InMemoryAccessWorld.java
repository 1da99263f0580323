package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;

/** The access contracts' world over the in-memory fakes: one store, as one database would be. */
final class InMemoryAccessWorld {

    private InMemoryAccessWorld() {
    }

    /** As the migrations leave it: the root department and {@code super_admin} granting {@code *}. */
    static AccessWorld create() {
        InMemoryDepartmentRepository departments = new InMemoryDepartmentRepository();
        InMemoryUserRepository users = new InMemoryUserRepository(departments);
        InMemoryAccessStore store = new InMemoryAccessStore(users).defineRole("super_admin", "*");
        return new AccessWorld(users, departments, store.roles(), store.menus(), store.grants(), store.holdings(),
                store.roleLookup());
    }
}
