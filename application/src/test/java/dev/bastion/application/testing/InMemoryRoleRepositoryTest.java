package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.RoleRepositoryContract;

class InMemoryRoleRepositoryTest extends RoleRepositoryContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }
}
