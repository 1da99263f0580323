package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.AccessWorld;
import dev.bastion.application.testing.contract.PasswordHistoryContract;
import dev.bastion.domain.identity.PasswordHistory;

class InMemoryPasswordHistoryTest extends PasswordHistoryContract {

    @Override
    protected AccessWorld world() {
        return InMemoryAccessWorld.create();
    }

    @Override
    protected PasswordHistory history() {
        return new InMemoryPasswordHistory();
    }
}
