package dev.bastion.adapters.persistence.identity;

import dev.bastion.adapters.persistence.shared.ForeignKeyViolation;
import dev.bastion.domain.identity.PasswordHash;
import dev.bastion.domain.identity.PasswordHistory;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * {@link PasswordHistory} on PostgreSQL. Keeps the newest {@value #KEPT} hashes per user, the
 * most any {@code PasswordPolicy} asks for; recording and trimming are one transaction (or
 * part of the caller's).
 */
@Singleton
final class JdbcPasswordHistory implements PasswordHistory {

    static final int KEPT = 24;

    private final PasswordHistoryRowRepository rows;
    private final TransactionOperations<Connection> transactions;

    JdbcPasswordHistory(PasswordHistoryRowRepository rows, TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.transactions = transactions;
    }

    @Override
    public List<PasswordHash> recent(UserId user, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return rows.findRecentHashes(user.value(), limit).stream().map(PasswordHash::new).toList();
    }

    @Override
    public void record(UserId user, PasswordHash hash, Instant at) {
        try {
            transactions.executeWrite(status -> {
                rows.save(new PasswordHistoryRow(UuidV7.next(), user.value(), hash.encoded(), at));
                rows.deleteAllButNewest(user.value(), KEPT);
                return null;
            });
        } catch (DataAccessException e) {
            throw ForeignKeyViolation.constraintOf(e)
                    .<RuntimeException>map(constraint -> new NotFoundException("user " + user))
                    .orElse(e);
        }
    }
}
