package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.audit.OperationLog;
import dev.bastion.domain.audit.OperationLogEntry;
import dev.bastion.domain.audit.OperationLogQuery;
import dev.bastion.domain.audit.OperationOutcome;
import dev.bastion.domain.audit.OperationRecord;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link OperationLog} on PostgreSQL. Appending runs in one transaction holding the advisory lock
 * {@value #CHAIN_LOCK} (transaction-scoped: released at commit or rollback, never left behind by a
 * crash): it reads the last hash (or the anchor, or the genesis), the actors' usernames, chains the
 * records in order and inserts them in one batch; another instance appending meanwhile waits for
 * the lock, so the chain stays one. The purge takes the same lock.
 */
@Singleton
final class JdbcOperationLog implements OperationLog {

    static final String CHAIN_LOCK = "bastion.operation-log.chain";

    private static final String COLUMNS = "id, at, actor_id, actor_username, session_id, client_address, user_agent,"
            + " method, route, target_id, module, title, arguments, status, problem_code, duration_ms, request_id,"
            + " prev_hash, hash";
    private static final int COLUMN_COUNT = 19;
    /** Rows per INSERT: 100 × 19 parameters, far below PostgreSQL's 65 535 per statement. */
    private static final int ROWS_PER_INSERT = 100;
    private static final RowReader<OperationLogEntry> READER = JdbcOperationLog::read;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final PagedQueries queries;

    JdbcOperationLog(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                     ConnectionOperations<Connection> connections, PagedQueries queries) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.queries = queries;
    }

    @Override
    public void appendAll(List<OperationRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> sql(() -> {
            Connection connection = status.getConnection();
            lock(connection);
            String previous = lastHash(connection);
            Map<UUID, String> usernames = usernames(connection, records);
            List<OperationLogEntry> entries = new ArrayList<>(records.size());
            for (OperationRecord record : records) {
                OperationRecord named = record.actorId() == null ? record
                        : record.withActorUsername(usernames.get(record.actorId()));
                OperationLogEntry entry = OperationLogEntry.chain(0, named, previous);
                entries.add(entry);
                previous = entry.hash();
            }
            for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
                insert(connection, entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)));
            }
            return null;
        }));
    }

    /**
     * One INSERT of many rows, not a JDBC batch of one-row INSERTs: the statement triggers keeping
     * {@code operation_log_hours} (V18) then run once for the rows instead of once per row (400 rows:
     * 10.5 ms in one statement against 41 ms one by one, 13.5 ms without the trigger).
     */
    private static void insert(Connection connection, List<OperationLogEntry> entries) throws SQLException {
        String row = "(" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";
        String values = String.join(", ", Collections.nCopies(entries.size(), row));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO operation_log (" + COLUMNS + ") VALUES " + values)) {
            for (int i = 0; i < entries.size(); i++) {
                bind(insert, i * COLUMN_COUNT, entries.get(i));
            }
            insert.executeUpdate();
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, CHAIN_LOCK);
            lock.execute();
        }
    }

    /** The hash the next entry follows: the last entry's, or the anchor's, or the genesis. */
    private static String lastHash(Connection connection) throws SQLException {
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT hash FROM operation_log ORDER BY seq DESC LIMIT 1");
             ResultSet row = last.executeQuery()) {
            if (row.next()) {
                return row.getString(1);
            }
        }
        return anchor(connection).map(Anchor::hash).orElse(OperationLogEntry.GENESIS);
    }

    private record Anchor(String hash, long seq) {
    }

    private static Optional<Anchor> anchor(Connection connection) throws SQLException {
        try (PreparedStatement anchor = connection.prepareStatement(
                "SELECT hash, seq FROM operation_log_anchor WHERE id = 1");
             ResultSet row = anchor.executeQuery()) {
            return row.next() ? Optional.of(new Anchor(row.getString(1), row.getLong(2))) : Optional.empty();
        }
    }

    private static Map<UUID, String> usernames(Connection connection, List<OperationRecord> records)
            throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        records.stream().map(OperationRecord::actorId).filter(id -> id != null).forEach(ids::add);
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, username FROM users WHERE id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        return names;
    }

    /** Binds {@code entry} to the parameters after the first {@code before}. */
    private static void bind(PreparedStatement insert, int before, OperationLogEntry entry) throws SQLException {
        OperationRecord r = entry.record();
        insert.setObject(before + 1, r.id());
        insert.setObject(before + 2, r.at().atOffset(ZoneOffset.UTC));
        insert.setObject(before + 3, r.actorId(), Types.OTHER);
        insert.setString(before + 4, r.actorUsername());
        insert.setObject(before + 5, r.sessionId(), Types.OTHER);
        insert.setString(before + 6, r.clientAddress());
        insert.setString(before + 7, r.userAgent());
        insert.setString(before + 8, r.method());
        insert.setString(before + 9, r.route());
        insert.setString(before + 10, r.targetId());
        insert.setString(before + 11, r.module());
        insert.setString(before + 12, r.title());
        insert.setString(before + 13, r.arguments());
        insert.setInt(before + 14, r.status());
        insert.setString(before + 15, r.problemCode());
        insert.setLong(before + 16, r.durationMillis());
        insert.setString(before + 17, r.requestId());
        insert.setString(before + 18, entry.previousHash());
        insert.setString(before + 19, entry.hash());
    }

    static OperationLogEntry read(ResultSet row) throws SQLException {
        OperationRecord record = new OperationRecord(row.getObject("id", UUID.class),
                row.getObject("at", OffsetDateTime.class).toInstant(), row.getObject("actor_id", UUID.class),
                row.getString("actor_username"), row.getObject("session_id", UUID.class),
                row.getString("client_address"), row.getString("user_agent"), row.getString("method"),
                row.getString("route"), row.getString("target_id"), row.getString("module"),
                row.getString("title"), row.getString("arguments"), row.getInt("status"),
                row.getString("problem_code"), row.getLong("duration_ms"), row.getString("request_id"));
        return new OperationLogEntry(row.getLong("seq"), record, row.getString("prev_hash"), row.getString("hash"));
    }

    @Override
    public Page<OperationLogEntry> find(OperationLogQuery query, PageRequest page) {
        SqlFilter filter = filter(query);
        if (OperationLogHours.apply(query)) {
            return queries.page("operation_log", filter, "at DESC, id DESC", READER, entry -> entry, page,
                    OperationLogHours.total(query.module(), query.from(), query.to()));
        }
        return queries.page("operation_log", filter, "at DESC, id DESC", READER, entry -> entry, page);
    }

    @Override
    public Optional<OperationLogEntry> get(UUID id) {
        return queries.findFirst("operation_log", SqlFilter.of(List.of("id = ?"), List.of(id)), READER,
                entry -> entry);
    }

    @Override
    public List<OperationLogEntry> slice(OperationLogQuery query, OperationLogEntry after, int limit) {
        SqlFilter filter = filter(query);
        if (after != null) {
            filter = filter.and("(at, id) < (?, ?)", List.of(after.record().at().atOffset(ZoneOffset.UTC), after.id()));
        }
        return queries.slice("operation_log", filter, "at DESC, id DESC", limit, READER, entry -> entry);
    }

    static SqlFilter filter(OperationLogQuery query) {
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.actor() != null) {
            predicates.add("lower(actor_username) = lower(?)");
            values.add(query.actor());
        }
        if (query.module() != null) {
            predicates.add("module = ?");
            values.add(query.module());
        }
        if (query.route() != null) {
            predicates.add("route = ?");
            values.add(query.route());
        }
        if (query.outcome() != null) {
            predicates.add(query.outcome() == OperationOutcome.SUCCESS ? "status < 400" : "status >= 400");
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status());
        }
        if (query.from() != null) {
            predicates.add("at >= ?");
            values.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            predicates.add("at < ?");
            values.add(query.to().atOffset(ZoneOffset.UTC));
        }
        return SqlFilter.of(predicates, values);
    }

    @Override
    public ChainWindow window(Instant from, Instant to) {
        return connections.executeRead(status -> sql(() -> {
            Connection connection = status.getConnection();
            long first;
            long last;
            try (PreparedStatement range = connection.prepareStatement(
                    "SELECT min(seq), max(seq) FROM operation_log WHERE (?::timestamptz IS NULL OR at >= ?)"
                            + " AND (?::timestamptz IS NULL OR at < ?)")) {
                OffsetDateTime fromAt = from == null ? null : from.atOffset(ZoneOffset.UTC);
                OffsetDateTime toAt = to == null ? null : to.atOffset(ZoneOffset.UTC);
                range.setObject(1, fromAt);
                range.setObject(2, fromAt);
                range.setObject(3, toAt);
                range.setObject(4, toAt);
                try (ResultSet row = range.executeQuery()) {
                    row.next();
                    first = row.getLong(1);
                    if (row.wasNull()) {
                        return new ChainWindow(OperationLogEntry.GENESIS, 0, 0);
                    }
                    last = row.getLong(2);
                }
            }
            try (PreparedStatement before = connection.prepareStatement(
                    "SELECT hash FROM operation_log WHERE seq < ? ORDER BY seq DESC LIMIT 1")) {
                before.setLong(1, first);
                try (ResultSet row = before.executeQuery()) {
                    if (row.next()) {
                        return new ChainWindow(row.getString(1), first - 1, last);
                    }
                }
            }
            String previous = anchor(connection).map(Anchor::hash).orElse(OperationLogEntry.GENESIS);
            return new ChainWindow(previous, first - 1, last);
        }));
    }

    @Override
    public List<OperationLogEntry> chainSlice(long afterSequence, long lastSequence, int limit) {
        return queries.slice("operation_log", SqlFilter.of(List.of("seq > ?", "seq <= ?"),
                List.of(afterSequence, lastSequence)), "seq", limit, READER, entry -> entry);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return transactions.executeWrite(status -> sql(() -> {
            Connection connection = status.getConnection();
            lock(connection);
            long lastOld;
            String hash;
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT seq, hash FROM operation_log WHERE seq = (SELECT max(seq) FROM operation_log WHERE at < ?)")) {
                last.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
                try (ResultSet row = last.executeQuery()) {
                    if (!row.next()) {
                        return 0L;
                    }
                    lastOld = row.getLong(1);
                    hash = row.getString(2);
                }
            }
            try (PreparedStatement anchor = connection.prepareStatement(
                    "INSERT INTO operation_log_anchor (id, hash, seq, purged_at) VALUES (1, ?, ?, now())"
                            + " ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, seq = excluded.seq,"
                            + " purged_at = excluded.purged_at")) {
                anchor.setString(1, hash);
                anchor.setLong(2, lastOld);
                anchor.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM operation_log WHERE seq <= ?")) {
                delete.setLong(1, lastOld);
                return (long) delete.executeUpdate();
            }
        }));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DataAccessException("operation log: " + e.getMessage(), e);
        }
    }
}
