package dev.bastion.application.testing;

import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The {@link OperationLog} contract in a list, chained like the real one; usernames come from {@link #name}. */
public final class InMemoryOperationLog implements OperationLog {

    private final List<OperationLogEntry> entries = new ArrayList<>();
    private final Map<UUID, String> usernames = new HashMap<>();
    private String anchor;
    private long sequence;

    public synchronized void name(UUID userId, String username) {
        usernames.put(userId, username);
    }

    @Override
    public synchronized void appendAll(List<OperationRecord> records) {
        String previous = entries.isEmpty() ? (anchor == null ? OperationLogEntry.GENESIS : anchor)
                : entries.get(entries.size() - 1).hash();
        for (OperationRecord record : records) {
            OperationRecord named = record.actorId() == null ? record : record.withActorUsername(usernames.get(record.actorId()));
            OperationLogEntry entry = OperationLogEntry.chain(++sequence, named, previous);
            entries.add(entry);
            previous = entry.hash();
        }
    }

    private List<OperationLogEntry> matching(OperationLogQuery q) {
        return entries.stream()
                .filter(e -> q.actor() == null || q.actor().equalsIgnoreCase(e.record().actorUsername()))
                .filter(e -> q.module() == null || q.module().equals(e.record().module()))
                .filter(e -> q.route() == null || q.route().equals(e.record().route()))
                .filter(e -> q.outcome() == null || q.outcome() == e.record().outcome())
                .filter(e -> q.status() == null || q.status() == e.record().status())
                .filter(e -> q.from() == null || !e.record().at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.record().at().isBefore(q.to()))
                .sorted(Comparator.comparing((OperationLogEntry e) -> e.record().at()).thenComparing(OperationLogEntry::id)
                        .reversed())
                .toList();
    }

    @Override
    public synchronized Page<OperationLogEntry> find(OperationLogQuery query, PageRequest page) {
        List<OperationLogEntry> all = matching(query);
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page);
    }

    @Override
    public synchronized Optional<OperationLogEntry> get(UUID id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<OperationLogEntry> slice(OperationLogQuery query, OperationLogEntry after, int limit) {
        List<OperationLogEntry> all = matching(query);
        int start = after == null ? 0 : all.indexOf(after) + 1;
        return all.stream().skip(start).limit(limit).toList();
    }

    @Override
    public synchronized ChainWindow window(Instant from, Instant to) {
        List<OperationLogEntry> in = entries.stream()
                .filter(e -> from == null || !e.record().at().isBefore(from))
                .filter(e -> to == null || e.record().at().isBefore(to)).toList();
        if (in.isEmpty()) {
            return new ChainWindow(OperationLogEntry.GENESIS, 0, 0);
        }
        long first = in.get(0).sequence();
        String previous = entries.stream().filter(e -> e.sequence() < first).reduce((a, b) -> b)
                .map(OperationLogEntry::hash).orElse(anchor == null ? OperationLogEntry.GENESIS : anchor);
        return new ChainWindow(previous, first - 1, in.get(in.size() - 1).sequence());
    }

    @Override
    public synchronized List<OperationLogEntry> chainSlice(long afterSequence, long lastSequence, int limit) {
        return entries.stream().filter(e -> e.sequence() > afterSequence && e.sequence() <= lastSequence)
                .limit(limit).toList();
    }

    @Override
    public synchronized long purgeBefore(Instant cutoff) {
        Optional<OperationLogEntry> lastOld = entries.stream().filter(e -> e.record().at().isBefore(cutoff))
                .max(Comparator.comparingLong(OperationLogEntry::sequence));
        if (lastOld.isEmpty()) {
            return 0;
        }
        anchor = lastOld.get().hash();
        int before = entries.size();
        entries.removeIf(e -> e.sequence() <= lastOld.get().sequence());
        return before - entries.size();
    }

    /** Rewrites the stored entry {@code id} as someone with database access could. */
    public synchronized void tamper(UUID id, UnaryOperator<OperationRecord> change) {
        for (int i = 0; i < entries.size(); i++) {
            OperationLogEntry e = entries.get(i);
            if (e.id().equals(id)) {
                entries.set(i, new OperationLogEntry(e.sequence(), change.apply(e.record()), e.previousHash(), e.hash()));
            }
        }
    }

    public synchronized List<OperationLogEntry> entries() {
        return List.copyOf(entries);
    }
}
