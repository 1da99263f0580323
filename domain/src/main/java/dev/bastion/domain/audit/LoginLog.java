package dev.bastion.domain.audit;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;

/** Every sign-in attempt, newest first. */
public interface LoginLog {

    void append(LoginLogEntry entry);

    Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page);

    /**
     * Up to {@code limit} entries matching {@code query}, newest first, strictly older (in that
     * order: time, then id) than {@code after}, or from the newest when {@code after} is null.
     */
    List<LoginLogEntry> slice(LoginLogQuery query, LoginLogEntry after, int limit);

    /** Deletes every entry made before {@code cutoff}; returns how many. */
    long purgeBefore(Instant cutoff);
}
