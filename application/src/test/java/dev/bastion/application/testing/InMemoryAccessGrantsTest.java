package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.AccessGrantsContract;

class InMemoryAccessGrantsTest extends AccessGrantsContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }
}
