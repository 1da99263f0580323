package dev.bastion.domain.identity;

import java.time.Instant;
import java.util.List;

/** The hashes of a user's earlier passwords, for the "not one of the last N" rule. */
public interface PasswordHistory {

    /** Newest first, at most {@code limit}. */
    List<PasswordHash> recent(UserId user, int limit);

    void record(UserId user, PasswordHash hash, Instant at);
}
