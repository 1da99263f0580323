package dev.bastion.application.testing;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link LoginLog} contract in a list. {@link #find} applies the {@link LoginLogQuery}
 * filters (username exactly, ignoring case; {@code from} inclusive, {@code to} exclusive) and
 * answers newest first; entries at the same instant come latest-appended first.
 */
public final class InMemoryLoginLog implements LoginLog {

    private final List<LoginLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(LoginLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
        List<LoginLogEntry> matching = matching(query);
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    private List<LoginLogEntry> matching(LoginLogQuery query) {
        List<LoginLogEntry> latestAppendedFirst = new ArrayList<>(entries);
        Collections.reverse(latestAppendedFirst);
        List<LoginLogEntry> matching = latestAppendedFirst.stream()
                .filter(entry -> query.username() == null || entry.username().equalsIgnoreCase(query.username()))
                .filter(entry -> query.outcome() == null || entry.outcome() == query.outcome())
                .filter(entry -> query.from() == null || !entry.at().isBefore(query.from()))
                .filter(entry -> query.to() == null || entry.at().isBefore(query.to()))
                .sorted(Comparator.comparing(LoginLogEntry::at).reversed())
                .toList();
        return matching;
    }

    @Override
    public synchronized List<LoginLogEntry> slice(LoginLogQuery query, LoginLogEntry after, int limit) {
        List<LoginLogEntry> all = matching(query);
        int start = after == null ? 0 : all.indexOf(after) + 1;
        return all.stream().skip(start).limit(limit).toList();
    }

    @Override
    public synchronized long purgeBefore(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(entry -> entry.at().isBefore(cutoff));
        return before - entries.size();
    }

    /** Every entry in the order appended: for assertions. */
    public synchronized List<LoginLogEntry> entries() {
        return List.copyOf(entries);
    }
}
