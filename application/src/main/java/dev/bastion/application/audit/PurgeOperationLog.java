package dev.bastion.application.audit;

/**
 * Deletes operation-log and login-log entries older than the retention; the operation log keeps the
 * hash of the last deleted entry as its new anchor, so the rest still verifies.
 */
public interface PurgeOperationLog {

    Purged purge();

    record Purged(long operations, long logins) {
    }
}
