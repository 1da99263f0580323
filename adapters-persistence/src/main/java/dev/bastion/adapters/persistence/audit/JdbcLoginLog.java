package dev.bastion.adapters.persistence.audit;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.RowReader;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
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
    private final PagedQueries queries;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcLoginLog(LoginLogRowRepository rows, LoginLogRowMapper mapper, PagedQueries queries, JdbcOperations jdbc,
                 TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = rows;
        this.mapper = mapper;
        this.queries = queries;
    }

    @Override
    public void append(LoginLogEntry entry) {
        rows.save(mapper.toRow(entry));
    }

    @Override
    public Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
        return queries.page("login_log", filter(query), "at DESC, id DESC", LoginLogRow.class, mapper::toEntry, page);
    }

    @Override
    public List<LoginLogEntry> slice(LoginLogQuery query, LoginLogEntry after, int limit) {
        SqlFilter filter = filter(query);
        if (after != null) {
            filter = filter.and("(at, id) < (?, ?)", List.of(after.at().atOffset(ZoneOffset.UTC), after.id()));
        }
        return queries.slice("login_log", filter, "at DESC, id DESC", limit,
                RowReader.entity(jdbc, LoginLogRow.class), mapper::toEntry);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM login_log WHERE at < ?", statement -> {
            statement.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return (long) statement.executeUpdate();
        }));
    }

    static SqlFilter filter(LoginLogQuery query) {
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
        return SqlFilter.of(predicates, values);
    }
}
