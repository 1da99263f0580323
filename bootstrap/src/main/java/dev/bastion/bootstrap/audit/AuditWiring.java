package dev.bastion.bootstrap.audit;

import dev.bastion.application.audit.ExportLoginLogService;
import dev.bastion.application.audit.ListLoginLogService;
import dev.bastion.application.audit.OperationLogService;
import dev.bastion.application.audit.PurgeOperationLogService;
import dev.bastion.application.audit.RecordOperationService;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.SecretMasking;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
final class AuditWiring {

    private static final Logger LOG = LoggerFactory.getLogger("dev.bastion.audit");

    @Singleton
    ListLoginLogService listLoginLog(LoginLog loginLog) {
        return new ListLoginLogService(loginLog);
    }

    @Singleton
    ExportLoginLogService exportLoginLog(LoginLog loginLog) {
        return new ExportLoginLogService(loginLog);
    }

    @Singleton
    OperationLogService operationLog(OperationLog log) {
        return new OperationLogService(log);
    }

    /** Built at start, so a bad BASTION_AUDIT_RETENTION stops the start rather than the first purge. */
    @Context
    PurgeOperationLogService purgeOperationLog(OperationLog operations, LoginLog logins, Clock clock,
                                               @Property(name = "bastion.audit.retention", defaultValue = "180d")
                                               Duration retention) {
        return new PurgeOperationLogService(operations, logins, clock, retention);
    }

    @Singleton
    SecretMasking secretMasking(@Property(name = "bastion.audit.secret-fields", defaultValue = "")
                                List<String> extra) {
        return new SecretMasking(new HashSet<>(extra));
    }

    /**
     * The queue of records waiting to be written. Closed (drained) when the context stops, before the
     * beans it depends on (the log, the pool, the embedded database) go: Micronaut destroys a bean
     * before those it depends on, and the server has by then answered the requests in flight
     * (graceful shutdown), so every record of an answered request is written.
     */
    @Singleton
    @Bean(preDestroy = "close")
    RecordOperationService recordOperation(OperationLog log,
                                           @Property(name = "bastion.audit.queue-capacity", defaultValue = "10000")
                                           int capacity,
                                           @Property(name = "bastion.audit.close-deadline", defaultValue = "15s")
                                           Duration closeDeadline) {
        return new RecordOperationService(log, capacity, closeDeadline, LOG::warn);
    }
}
