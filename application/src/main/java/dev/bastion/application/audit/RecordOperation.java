package dev.bastion.application.audit;

import dev.bastion.domain.audit.OperationRecord;

/**
 * Takes what a state-changing request did for the operation log. Never blocks and never touches the
 * database on the caller's thread: the record is queued and written shortly after; a full queue
 * drops it and counts the drop.
 */
public interface RecordOperation {

    /** False when the record was dropped (queue full, or the log is closing). */
    boolean record(OperationRecord record);
}
