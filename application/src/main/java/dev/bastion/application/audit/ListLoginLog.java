package dev.bastion.application.audit;

import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** The login log, newest first, filtered. */
public interface ListLoginLog {

    Page<LoginLogEntry> list(LoginLogQuery query, PageRequest page);
}
