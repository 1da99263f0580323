package dev.bastion.adapters.persistence.shared;

import dev.bastion.application.shared.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * {@link Transactions} as PostgreSQL transactions. The exclusive variant takes a
 * transaction-scoped advisory lock, released by PostgreSQL at commit or rollback, so a
 * crashed instance can never leave it held.
 */
@Singleton
final class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            lock(status.getConnection(), lockName);
            return work.get();
        });
    }

    private static void lock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, lockName);
            lock.execute();
        }
    }
}
