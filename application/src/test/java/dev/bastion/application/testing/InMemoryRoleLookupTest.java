package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.RoleLookupContract;

class InMemoryRoleLookupTest extends RoleLookupContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }
}
