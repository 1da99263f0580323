package dev.bastion.application.audit;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.shared.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@link PurgeOperationLog}: entries made more than {@code retention} ago go (both logs). */
public final class PurgeOperationLogService implements PurgeOperationLog {

    private final OperationLog operations;
    private final LoginLog logins;
    private final Clock clock;
    private final Duration retention;

    public PurgeOperationLogService(OperationLog operations, LoginLog logins, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("BASTION_AUDIT_RETENTION must be positive: " + retention);
        }
        this.operations = operations;
        this.logins = logins;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public Purged purge() {
        Instant cutoff = clock.now().minus(retention);
        return new Purged(operations.purgeBefore(cutoff), logins.purgeBefore(cutoff));
    }
}
