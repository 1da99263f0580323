package dev.bastion.application.testing;

import dev.bastion.application.testing.contract.LoginLogContract;
import dev.bastion.domain.audit.LoginLog;

class InMemoryLoginLogTest extends LoginLogContract {

    @Override
    protected LoginLog log() {
        return new InMemoryLoginLog();
    }
}
