package dev.bastion.adapters.persistence.system.notice;

import dev.bastion.adapters.persistence.shared.JdbcEventOutbox;
import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import dev.bastion.domain.system.notice.DeliveredNotice;
import dev.bastion.domain.system.notice.Notice;
import dev.bastion.domain.system.notice.NoticeId;
import dev.bastion.domain.system.notice.NoticeQuery;
import dev.bastion.domain.system.notice.NoticeRepository;
import dev.bastion.domain.system.notice.NoticeSnapshot;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link NoticeRepository} on PostgreSQL. Each reader query is one statement ({@link ReaderSql});
 * writes join the caller's transaction (or take one of their own) and append the notice's events
 * to the outbox in it.
 */
@Singleton
final class JdbcNoticeRepository implements NoticeRepository {

    private static final String LIVE = "deleted_at IS NULL";

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final PagedQueries queries;
    private final JdbcEventOutbox outbox;

    JdbcNoticeRepository(JdbcOperations jdbc, ConnectionOperations<Connection> connections,
                         TransactionOperations<Connection> transactions, PagedQueries queries,
                         JdbcEventOutbox outbox) {
        this.jdbc = jdbc;
        this.connections = connections;
        this.transactions = transactions;
        this.queries = queries;
        this.outbox = outbox;
    }

    @Override
    public Optional<Notice> findById(NoticeId id) {
        return read("SELECT * FROM notices WHERE id = ? AND " + LIVE, statement -> statement.setObject(1, id.value()),
                NoticeRows::read).stream().findFirst().map(Notice::reconstitute);
    }

    @Override
    public Page<Notice> find(NoticeQuery query, PageRequest page) {
        List<String> predicates = new ArrayList<>(List.of(LIVE));
        List<Object> values = new ArrayList<>();
        if (query.type() != null) {
            predicates.add("type = ?");
            values.add(query.type().name());
        }
        if (query.status() != null) {
            predicates.add("status = ?");
            values.add(query.status().name());
        }
        if (query.title() != null && !query.title().isEmpty()) {
            predicates.add("lower(title) LIKE lower(?) ESCAPE '!'");
            values.add("%" + SqlFilter.likePrefix(query.title()));
        }
        return queries.page("notices", SqlFilter.of(predicates, values), "created_at DESC, id DESC",
                NoticeRows::read, Notice::reconstitute, page);
    }

    @Override
    public void add(Notice notice) {
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO notices (" + NoticeRows.COLUMNS
                + ") VALUES (" + NoticeRows.PLACEHOLDERS + ")", statement -> {
                    NoticeRows.bind(statement, 1, notice.snapshot());
                    return statement.executeUpdate();
                }));
        outbox.appendFrom(notice);
    }

    @Override
    public Notice update(Notice notice) {
        NoticeSnapshot s = notice.snapshot();
        Notice stored = transactions.executeWrite(status -> {
            int changed = jdbc.prepareStatement("UPDATE notices SET (" + NoticeRows.COLUMNS + ") = ("
                    + NoticeRows.PLACEHOLDERS + ") WHERE id = ? AND version = ? AND " + LIVE, statement -> {
                        NoticeSnapshot next = new NoticeSnapshot(s.id(), s.details(), s.status(), s.createdBy(),
                                s.publishedAt(), s.version() + 1, s.createdAt(), s.updatedAt(), s.deletedAt());
                        int i = NoticeRows.bind(statement, 1, next);
                        statement.setObject(i++, s.id().value());
                        statement.setLong(i, s.version());
                        return statement.executeUpdate();
                    });
            if (changed == 0) {
                throw new VersionConflictException("notice " + notice.id());
            }
            return Notice.reconstitute(new NoticeSnapshot(s.id(), s.details(), s.status(), s.createdBy(),
                    s.publishedAt(), s.version() + 1, s.createdAt(), s.updatedAt(), s.deletedAt()));
        });
        outbox.appendFrom(notice);
        return stored;
    }

    @Override
    public Page<DeliveredNotice> delivered(UserId reader, boolean unreadOnly, Instant now, PageRequest page) {
        String unread = unreadOnly ? " AND r.read_at IS NULL" : "";
        List<Row> rows = read(ReaderSql.visible("n.*, r.read_at, count(*) OVER () AS total",
                unread + ReaderSql.SHOWN_NEWEST_FIRST + " LIMIT ? OFFSET ?"), statement -> {
                    int i = bindReader(statement, reader, now);
                    statement.setInt(i++, page.size());
                    statement.setLong(i, page.offset());
                }, row -> new Row(new DeliveredNotice(NoticeRows.read(row), NoticeRows.instant(row, "read_at")),
                        row.getLong("total")));
        // past the last page there is no row to carry the total: count then
        long total = rows.isEmpty() ? (page.offset() == 0 ? 0 : count(reader, unreadOnly, now)) : rows.get(0).total();
        return Page.of(rows.stream().map(Row::notice).toList(), total, page);
    }

    private record Row(DeliveredNotice notice, long total) {
    }

    @Override
    public long unreadCount(UserId reader, Instant now) {
        return count(reader, true, now);
    }

    private long count(UserId reader, boolean unreadOnly, Instant now) {
        return read(ReaderSql.visible("count(*)", unreadOnly ? " AND r.read_at IS NULL" : ""),
                statement -> bindReader(statement, reader, now), row -> row.getLong(1)).get(0);
    }

    @Override
    public Optional<DeliveredNotice> deliveredTo(NoticeId id, UserId reader, Instant now) {
        return read(ReaderSql.visible("n.*, r.read_at", " AND n.id = ?"), statement -> {
            int i = bindReader(statement, reader, now);
            statement.setObject(i, id.value());
        }, row -> new DeliveredNotice(NoticeRows.read(row), NoticeRows.instant(row, "read_at"))).stream().findFirst();
    }

    /**
     * Matched from the notice's side: its departments' subtrees are gathered once, and each
     * candidate (a live user) is in the audience by id, by department or by a live role held.
     */
    @Override
    public Map<UserId, DeliveredNotice> deliveredAmong(NoticeId id, Collection<UserId> readers, Instant now) {
        if (readers.isEmpty()) {
            return Map.of();
        }
        String sql = """
                WITH RECURSIVE notice AS (
                    SELECT * FROM notices WHERE id = ? AND status = 'PUBLISHED' AND deleted_at IS NULL
                       AND (publish_at IS NULL OR publish_at <= ?) AND (expires_at IS NULL OR expires_at > ?)
                ), subtree(id, depth) AS (
                    SELECT d.id, 0 FROM departments d, notice
                     WHERE d.id = ANY(notice.audience_dept_ids) AND d.deleted_at IS NULL
                    UNION ALL
                    SELECT d.id, s.depth + 1 FROM departments d JOIN subtree s ON d.parent_id = s.id
                     WHERE d.deleted_at IS NULL AND s.depth < 1000
                )
                SELECT u.id AS reader_id, n.*, r.read_at
                  FROM notice n
                  JOIN users u ON u.id = ANY(?) AND u.deleted_at IS NULL
                  LEFT JOIN notice_reads r ON r.notice_id = n.id AND r.user_id = u.id
                 WHERE n.audience_all OR u.id = ANY(n.audience_user_ids)
                    OR u.dept_id IN (SELECT id FROM subtree)
                    OR EXISTS (SELECT 1 FROM user_roles ur JOIN roles ro ON ro.id = ur.role_id AND ro.deleted_at IS NULL
                                WHERE ur.user_id = u.id AND ur.role_id = ANY(n.audience_role_ids))""";
        Map<UserId, DeliveredNotice> found = new LinkedHashMap<>();
        read(sql, statement -> {
            statement.setObject(1, id.value());
            NoticeRows.setInstant(statement, 2, now);
            NoticeRows.setInstant(statement, 3, now);
            statement.setArray(4, NoticeRows.uuids(statement.getConnection(),
                    readers.stream().map(UserId::value).distinct().toList()));
        }, row -> found.put(new UserId(row.getObject("reader_id", UUID.class)),
                new DeliveredNotice(NoticeRows.read(row), NoticeRows.instant(row, "read_at"))));
        return found;
    }

    /** One statement: the receipt is written when the notice is visible (kept when there is one); whether it is. */
    @Override
    public boolean markRead(NoticeId id, UserId reader, Instant now) {
        String sql = "WITH visible AS (" + ReaderSql.visible("n.id AS notice_id, reader.id AS user_id", " AND n.id = ?")
                + "), written AS (INSERT INTO notice_reads (notice_id, user_id, read_at)"
                + " SELECT notice_id, user_id, ? FROM visible ON CONFLICT DO NOTHING)"
                + " SELECT count(*) FROM visible";
        return transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            int i = bindReader(statement, reader, now);
            statement.setObject(i++, id.value());
            NoticeRows.setInstant(statement, i, now);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }));
    }

    @Override
    public int markAllRead(UserId reader, Instant now) {
        String sql = "INSERT INTO notice_reads (notice_id, user_id, read_at) "
                + ReaderSql.visible("n.id, reader.id, ?::timestamptz", " AND r.read_at IS NULL")
                + " ON CONFLICT DO NOTHING";
        return transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            // in the order of the text: the reader (in the CTE), the select list's read_at, the moment
            statement.setObject(1, reader.value());
            NoticeRows.setInstant(statement, 2, now);
            NoticeRows.setInstant(statement, 3, now);
            NoticeRows.setInstant(statement, 4, now);
            return statement.executeUpdate();
        }));
    }

    @Override
    public List<Notice> scheduledAfter(Instant now) {
        return read("SELECT * FROM notices WHERE status = 'PUBLISHED' AND " + LIVE
                + " AND publish_at > ? ORDER BY publish_at, id", statement -> NoticeRows.setInstant(statement, 1, now),
                NoticeRows::read).stream().map(Notice::reconstitute).toList();
    }

    /** Binds {@link ReaderSql#VISIBLE}'s parameters (it opens the statement); returns the next index. */
    private static int bindReader(PreparedStatement statement, UserId reader, Instant now) throws SQLException {
        statement.setObject(1, reader.value());
        NoticeRows.setInstant(statement, 2, now);
        NoticeRows.setInstant(statement, 3, now);
        return 4;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** One statement on a connection (the caller's transaction's, if any), every row read. */
    private <T> List<T> read(String sql, Binder binder, Reader<T> reader) {
        return connections.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            List<T> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(reader.read(row));
                }
            }
            return found;
        }));
    }
}
