package dev.bastion.application.audit;

import dev.bastion.application.testing.InMemoryOperationLog;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An {@link OperationLog} handing everything to the in-memory one; tests override what they disturb. */
class DelegatingLog implements OperationLog {

    private final InMemoryOperationLog log;

    DelegatingLog(InMemoryOperationLog log) {
        this.log = log;
    }

    @Override
    public void appendAll(List<OperationRecord> records) {
        log.appendAll(records);
    }

    @Override
    public Page<OperationLogEntry> find(OperationLogQuery query, PageRequest page) {
        return log.find(query, page);
    }

    @Override
    public Optional<OperationLogEntry> get(UUID id) {
        return log.get(id);
    }

    @Override
    public List<OperationLogEntry> slice(OperationLogQuery query, OperationLogEntry after, int limit) {
        return log.slice(query, after, limit);
    }

    @Override
    public ChainWindow window(Instant from, Instant to) {
        return log.window(from, to);
    }

    @Override
    public List<OperationLogEntry> chainSlice(long afterSequence, long lastSequence, int limit) {
        return log.chainSlice(afterSequence, lastSequence, limit);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return log.purgeBefore(cutoff);
    }
}
