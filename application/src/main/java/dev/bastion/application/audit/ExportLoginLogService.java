package dev.bastion.application.audit;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import java.util.Objects;
import java.util.stream.Stream;

public final class ExportLoginLogService implements ExportLoginLog {

    private final LoginLog loginLog;

    public ExportLoginLogService(LoginLog loginLog) {
        this.loginLog = loginLog;
    }

    @Override
    public Stream<LoginLogEntry> export(LoginLogQuery query) {
        Objects.requireNonNull(query, "query");
        return Slices.stream((after, limit) -> loginLog.slice(query, after, limit));
    }
}
