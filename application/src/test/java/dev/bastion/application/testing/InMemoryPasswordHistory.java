package dev.bastion.application.testing;

import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link PasswordHistory} contract in a map of lists: newest first by the recorded time,
 * the latest recorded first among equal times.
 */
public final class InMemoryPasswordHistory implements PasswordHistory {

    private record Entry(PasswordHash hash, Instant at) {
    }

    private final Map<UserId, List<Entry>> entries = new HashMap<>();

    @Override
    public synchronized List<PasswordHash> recent(UserId user, int limit) {
        List<Entry> latestRecordedFirst = new ArrayList<>(entries.getOrDefault(user, List.of()));
        Collections.reverse(latestRecordedFirst);
        return latestRecordedFirst.stream()
                .sorted(Comparator.comparing(Entry::at).reversed())
                .limit(limit)
                .map(Entry::hash)
                .toList();
    }

    @Override
    public synchronized void record(UserId user, PasswordHash hash, Instant at) {
        entries.computeIfAbsent(user, id -> new ArrayList<>()).add(new Entry(hash, at));
    }
}
