package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.RoleHoldingsContract;

class InMemoryRoleHoldingsTest extends RoleHoldingsContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }
}
