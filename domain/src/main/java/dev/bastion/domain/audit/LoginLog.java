package dev.bastion.domain.audit;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;

/** Every sign-in attempt, newest first. */
public interface LoginLog {

    void append(LoginLogEntry entry);

    Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page);
}
