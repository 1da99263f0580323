package dev.bastion.bootstrap.audit;

import dev.bastion.application.audit.ListLoginLogService;
import dev.bastion.domain.audit.LoginLog;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
final class AuditWiring {

    @Singleton
    ListLoginLogService listLoginLog(LoginLog loginLog) {
        return new ListLoginLogService(loginLog);
    }
}
