package dev.bastion.application.audit;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

public final class ListLoginLogService implements ListLoginLog {

    private final LoginLog loginLog;

    public ListLoginLogService(LoginLog loginLog) {
        this.loginLog = loginLog;
    }

    @Override
    public Page<LoginLogEntry> list(LoginLogQuery query, PageRequest page) {
        return loginLog.find(query, page);
    }
}
