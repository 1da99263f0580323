package dev.bastion.adapters.persistence.shared;

import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.application.shared.events.EventTypes;
import dev.bastion.application.shared.events.OutboxBacklog;
import dev.bastion.domain.shared.AggregateRoot;
import dev.bastion.domain.shared.DomainEvent;
import dev.bastion.domain.shared.UuidV7;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventOutbox} as the {@code outbox} table. The repositories of this adapter append the
 * events of what they store ({@link #appendFrom}) on the transaction's connection, and note
 * them for {@link JdbcTransactions}, which relays them once the transaction has committed.
 */
@Singleton
public final class JdbcEventOutbox implements EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventOutbox.class);
    private static final String COLUMNS = "id, type, subject, occurred_at";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final CommittedEventIds committed;

    /** {@code moduleEvents} is not kept: asking for it lists the business modules' event types first. */
    JdbcEventOutbox(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                    ConnectionOperations<Connection> connections, CommittedEventIds committed,
                    ModuleEventTypes moduleEvents) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.committed = committed;
    }

    /** Appends the events {@code aggregate} recorded since it was read (it forgets them). */
    public void appendFrom(AggregateRoot aggregate) {
        append(aggregate.pullEvents());
    }

    @Override
    public List<UUID> append(Collection<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(events.size());
        List<String> types = new ArrayList<>(events.size());
        List<UUID> subjects = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            ids.add(UuidV7.next());
            types.add(EventTypes.nameOf(event));
            subjects.add(event.subject());
        }
        // in the caller's transaction; a repository called outside one (a test) gets one of its own
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO outbox (" + COLUMNS + ") "
                + "SELECT id, type, subject, clock_timestamp() FROM unnest(?::uuid[], ?::varchar[], ?::uuid[]) "
                + "WITH ORDINALITY AS e(id, type, subject, n) ORDER BY n", // seq follows the order given
                statement -> {
                    Connection connection = statement.getConnection();
                    statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    statement.setArray(2, connection.createArrayOf("varchar", types.toArray()));
                    statement.setArray(3, connection.createArrayOf("uuid", subjects.toArray()));
                    return statement.executeUpdate();
                }));
        committed.note(ids);
        return List.copyOf(ids);
    }

    @Override
    public List<CommittedEvent> unpublished(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one statement on a pooled connection: no transaction to begin and commit (a caller's is used)
        return connections.executeRead(status -> read("SELECT " + COLUMNS
                + " FROM outbox WHERE id = ANY(?::uuid[]) AND published_at IS NULL ORDER BY seq", ids.toArray()));
    }

    @Override
    public List<CommittedEvent> claimOldest(int limit) {
        return read("SELECT " + COLUMNS + " FROM outbox WHERE published_at IS NULL "
                + "ORDER BY seq LIMIT " + Math.max(0, limit) + " FOR UPDATE SKIP LOCKED", null);
    }

    @Override
    public void markPublished(Collection<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        connections.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE outbox SET published_at = ? WHERE id = ANY(?::uuid[]) AND published_at IS NULL", statement -> {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setArray(2, statement.getConnection().createArrayOf("uuid", ids.toArray()));
                    return statement.executeUpdate();
                }));
    }

    @Override
    public int purgePublishedBefore(Instant cutoff) {
        return jdbc.prepareStatement("DELETE FROM outbox WHERE published_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        });
    }

    /** One statement over the partial index of unpublished rows, on a pooled connection. */
    @Override
    public OutboxBacklog backlog() {
        return connections.executeRead(status -> jdbc.prepareStatement(
                "SELECT count(*), min(occurred_at) FROM outbox WHERE published_at IS NULL", statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        long unpublished = row.getLong(1);
                        Timestamp oldest = row.getTimestamp(2);
                        return unpublished == 0 || oldest == null ? OutboxBacklog.empty()
                                : new OutboxBacklog(unpublished, Optional.of(oldest.toInstant()));
                    }
                }));
    }

    private List<CommittedEvent> read(String sql, Object[] ids) {
        return jdbc.prepareStatement(sql, statement -> {
            if (ids != null) {
                Array array = statement.getConnection().createArrayOf("uuid", ids);
                statement.setArray(1, array);
            }
            List<CommittedEvent> events = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    toEvent(row, events);
                }
            }
            return events;
        });
    }

    private static void toEvent(ResultSet row, List<CommittedEvent> into) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String type = row.getString(2);
        Instant occurredAt = row.getTimestamp(4).toInstant();
        Optional<DomainEvent> event = EventTypes.rebuild(type, row.getObject(3, UUID.class));
        if (event.isPresent()) {
            into.add(new CommittedEvent(id, event.get(), occurredAt));
        } else {
            // written by a newer version of Bastion (a rolling upgrade): that version publishes it
            LOG.warn("Outbox event {} has the type '{}', which this version does not know; left unpublished", id, type);
        }
    }
}
