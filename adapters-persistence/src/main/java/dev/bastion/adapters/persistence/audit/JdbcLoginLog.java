package dev.bastion.adapters.persistence.audit;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LoginLog} on PostgreSQL. The listing's SQL holds a predicate only for each filter
 * that is set, so every query can use {@code login_log_username_at_idx} or
 * {@code login_log_at_idx}; filter values are always bound parameters, never SQL text. The
 * page and its count run on one connection, in a read-only transaction (or the caller's).
 */
@Singleton
final class JdbcLoginLog implements LoginLog {

    private final LoginLogRowRepository rows;
    private final LoginLogRowMapper mapper;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcLoginLog(LoginLogRowRepository rows, LoginLogRowMapper mapper, JdbcOperations jdbc,
                 TransactionOperations<Connection> transactions) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void append(LoginLogEntry entry) {
        rows.save(mapper.toRow(entry));
    }

    @Override
    public Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
        Filter filter = Filter.of(query);
        return transactions.executeRead(status -> find(filter, page));
    }

    private Page<LoginLogEntry> find(Filter filter, PageRequest page) {
        List<LoginLogEntry> items = jdbc.prepareStatement(
                "SELECT * FROM login_log" + filter.where() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                statement -> {
                    int next = filter.bind(statement);
                    statement.setInt(next, page.size());
                    statement.setLong(next + 1, page.offset());
                    try (ResultSet result = statement.executeQuery()) {
                        List<LoginLogEntry> found = new ArrayList<>();
                        while (result.next()) {
                            found.add(mapper.toEntry(jdbc.readEntity(result, LoginLogRow.class)));
                        }
                        return found;
                    }
                });
        // A partly filled page is the last one: its rows give the total without counting.
        long total = items.isEmpty() || items.size() == page.size()
                ? count(filter)
                : page.offset() + items.size();
        return Page.of(items, total, page);
    }

    private long count(Filter filter) {
        return jdbc.prepareStatement("SELECT count(*) FROM login_log" + filter.where(), statement -> {
            filter.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** The WHERE clause for the filters that are set, and the values of its parameters in order. */
    private record Filter(String where, List<Object> values) {

        static Filter of(LoginLogQuery query) {
            List<String> predicates = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (query.username() != null) {
                predicates.add("lower(username) = lower(?)");
                values.add(query.username());
            }
            if (query.outcome() != null) {
                predicates.add("outcome = ?");
                values.add(query.outcome().name());
            }
            if (query.from() != null) {
                predicates.add("at >= ?");
                values.add(query.from().atOffset(ZoneOffset.UTC));
            }
            if (query.to() != null) {
                predicates.add("at < ?");
                values.add(query.to().atOffset(ZoneOffset.UTC));
            }
            return new Filter(predicates.isEmpty() ? "" : " WHERE " + String.join(" AND ", predicates),
                    List.copyOf(values));
        }

        /** Binds the values from parameter 1 on; returns the index of the next parameter. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : values) {
                statement.setObject(index++, value);
            }
            return index;
        }
    }
}
