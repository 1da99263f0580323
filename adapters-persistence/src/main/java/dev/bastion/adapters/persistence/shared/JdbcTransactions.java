package dev.bastion.adapters.persistence.shared;

import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.RelayEvents;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Transactions} as PostgreSQL transactions. The exclusive variant takes a
 * transaction-scoped advisory lock, released by PostgreSQL at commit or rollback, so a
 * crashed instance can never leave it held.
 *
 * <p>When the outermost unit of work has committed, the events it appended to the outbox are
 * relayed before it returns, so the change counts on every instance by the time the use case
 * answers. A relay that fails leaves them to the poll ({@code OutboxPolling}): the change is
 * committed either way, and what did not commit was never appended.
 */
@Singleton
final class JdbcTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);

    private final TransactionOperations<Connection> transactions;
    private final CommittedEventIds appended;
    private final BeanProvider<RelayEvents> relay;

    JdbcTransactions(TransactionOperations<Connection> transactions, CommittedEventIds appended,
                     BeanProvider<RelayEvents> relay) {
        this.transactions = transactions;
        this.appended = appended;
        this.relay = relay;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return relayingAfterCommit(() -> transactions.executeWrite(status -> work.get()));
    }

    @Override
    public <T> T inExclusiveTransaction(String lockName, Supplier<T> work) {
        return relayingAfterCommit(() -> transactions.executeWrite(status -> {
            lock(status.getConnection(), lockName);
            return work.get();
        }));
    }

    private <T> T relayingAfterCommit(Supplier<T> unitOfWork) {
        boolean outermost = appended.begin();
        T result;
        try {
            result = unitOfWork.get();
        } catch (RuntimeException | Error rolledBack) {
            if (outermost) {
                appended.end();
            }
            throw rolledBack;
        }
        if (outermost) {
            List<UUID> ids = appended.end();
            if (!ids.isEmpty()) {
                relay(ids);
            }
        }
        return result;
    }

    private void relay(List<UUID> ids) {
        try {
            relay.get().relayCommitted(ids);
        } catch (RuntimeException failed) {
            LOG.warn("Could not publish {} committed event(s) at once ({}); the outbox poll publishes them",
                    ids.size(), failed.toString());
        }
    }

    private static void lock(Connection connection, String lockName) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, lockName);
            lock.execute();
        }
    }
}
