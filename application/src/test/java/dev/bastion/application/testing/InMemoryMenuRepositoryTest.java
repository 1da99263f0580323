package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.MenuRepositoryContract;

class InMemoryMenuRepositoryTest extends MenuRepositoryContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }
}
