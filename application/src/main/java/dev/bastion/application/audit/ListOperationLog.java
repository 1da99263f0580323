package dev.bastion.application.audit;

import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.util.UUID;

/** The operation log, newest first, filtered; and one entry by id (404 when there is none). */
public interface ListOperationLog {

    Page<OperationLogEntry> list(OperationLogQuery query, PageRequest page);

    OperationLogEntry get(UUID id);
}
