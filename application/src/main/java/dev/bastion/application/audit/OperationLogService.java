package dev.bastion.application.audit;

import dev.bastion.domain.audit.ChainVerification;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** Reading the operation log: listing, one entry, export, and verification of the chain. */
public final class OperationLogService implements ListOperationLog, ExportOperationLog, VerifyOperationLog {

    static final int VERIFY_SLICE = 1_000;

    private final OperationLog log;

    public OperationLogService(OperationLog log) {
        this.log = log;
    }

    @Override
    public Page<OperationLogEntry> list(OperationLogQuery query, PageRequest page) {
        return log.find(Objects.requireNonNull(query, "query"), page);
    }

    @Override
    public OperationLogEntry get(UUID id) {
        return log.get(id).orElseThrow(() -> new NotFoundException("operation log entry " + id));
    }

    @Override
    public Stream<OperationLogEntry> export(OperationLogQuery query) {
        Objects.requireNonNull(query, "query");
        return Slices.stream((after, limit) -> log.slice(query, after, limit));
    }

    @Override
    public ChainVerification.Result verify(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
        OperationLog.ChainWindow window = log.window(from, to);
        ChainVerification walk = new ChainVerification(window.previousHash());
        long after = window.afterSequence();
        while (after < window.lastSequence()) {
            List<OperationLogEntry> slice = log.chainSlice(after, window.lastSequence(), VERIFY_SLICE);
            if (slice.isEmpty()) {
                break;
            }
            for (OperationLogEntry entry : slice) {
                if (!walk.accept(entry)) {
                    return walk.result();
                }
            }
            after = slice.get(slice.size() - 1).sequence();
        }
        return walk.result();
    }
}
