package dev.bastion.adapters.persistence.shared;

import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Reads with a {@link SqlFilter}: one page of a filtered listing and its total, read on one
 * connection in a read-only transaction (a partly filled page is the last one, so its rows give
 * the total without counting); the first rows of a listing, for reading it slice by slice with a
 * keyset predicate; or the first match of a lookup.
 */
@Singleton
public final class PagedQueries {

    private final JdbcOperations jdbc;
    /**
     * A connection, not a transaction: each read here is one statement (a page is two, and under
     * READ COMMITTED a transaction would give them no common snapshot either), so BEGIN and COMMIT
     * would only add two round trips. Inside a caller's transaction its connection is used.
     */
    private final ConnectionOperations<Connection> connections;

    PagedQueries(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** {@link #page(String, SqlFilter, String, RowReader, Function, PageRequest)} with Micronaut Data's row mapping. */
    public <R, T> Page<T> page(String table, SqlFilter filter, String orderBy, Class<R> rowType,
                               Function<R, T> toItem, PageRequest page) {
        return page(table, filter, orderBy, RowReader.entity(jdbc, rowType), toItem, page);
    }

    /**
     * One page, read as a "deferred join": the page's ids first, in order, from what an index can
     * answer alone (filter and sort columns), then the whole rows of those ids only. Sorting the
     * matching rows themselves would fetch every one of them from the table first; with thousands
     * of matches that is most of the cost. {@code table} must have an {@code id} primary key.
     *
     * @param table   the table name (a constant of the caller, never input)
     * @param orderBy the ORDER BY list (a constant of the caller, never input)
     */
    public <R, T> Page<T> page(String table, SqlFilter filter, String orderBy, RowReader<R> rows,
                               Function<R, T> toItem, PageRequest page) {
        return page(table, filter, orderBy, rows, toItem, page, () -> count(table, filter));
    }

    /**
     * {@link #page(String, SqlFilter, String, RowReader, Function, PageRequest)} with the total, when one
     * is needed, from {@code counted} instead of {@code count(*)}: for a table that keeps an exact shortcut
     * (read on the same connection).
     */
    public <R, T> Page<T> page(String table, SqlFilter filter, String orderBy, RowReader<R> rows,
                               Function<R, T> toItem, PageRequest page, LongSupplier counted) {
        return connections.executeRead(status -> {
            List<T> items = jdbc.prepareStatement(
                    "SELECT t.* FROM unnest(ARRAY(SELECT id FROM " + table + filter.where() + " ORDER BY " + orderBy
                            + " LIMIT ? OFFSET ?)) WITH ORDINALITY AS p(id, position)"
                            + " JOIN " + table + " t ON t.id = p.id ORDER BY p.position",
                    statement -> {
                        int next = filter.bind(statement);
                        statement.setInt(next, page.size());
                        statement.setLong(next + 1, page.offset());
                        try (ResultSet result = statement.executeQuery()) {
                            List<T> found = new ArrayList<>();
                            while (result.next()) {
                                found.add(toItem.apply(rows.read(result)));
                            }
                            return found;
                        }
                    });
            long total = items.isEmpty() || items.size() == page.size()
                    ? counted.getAsLong()
                    : page.offset() + items.size();
            return Page.of(items, total, page);
        });
    }

    /** The first row {@code filter} matches, if any (for a lookup by key under extra conditions). */
    public <R, T> Optional<T> findFirst(String table, SqlFilter filter, RowReader<R> rows, Function<R, T> toItem) {
        return connections.executeRead(status -> jdbc.prepareStatement(
                "SELECT * FROM " + table + filter.where() + " LIMIT 1", statement -> {
                    filter.bind(statement);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next()
                                ? Optional.of(toItem.apply(rows.read(result)))
                                : Optional.<T>empty();
                    }
                }));
    }

    /**
     * The first {@code limit} rows matching {@code filter} in {@code orderBy} order. With a keyset
     * predicate in the filter ("after the last row read"), this reads a listing slice by slice at the
     * same cost for every slice, unlike an OFFSET that walks all the rows before it.
     *
     * @param table   the table name (a constant of the caller, never input)
     * @param orderBy the ORDER BY list (a constant of the caller, never input)
     */
    public <R, T> List<T> slice(String table, SqlFilter filter, String orderBy, int limit, RowReader<R> rows,
                                Function<R, T> toItem) {
        return connections.executeRead(status -> jdbc.prepareStatement(
                "SELECT * FROM " + table + filter.where() + " ORDER BY " + orderBy + " LIMIT ?",
                statement -> {
                    statement.setInt(filter.bind(statement), limit);
                    try (ResultSet result = statement.executeQuery()) {
                        List<T> found = new ArrayList<>(limit);
                        while (result.next()) {
                            found.add(toItem.apply(rows.read(result)));
                        }
                        return found;
                    }
                }));
    }

    private long count(String table, SqlFilter filter) {
        return jdbc.prepareStatement("SELECT count(*) FROM " + table + filter.where(), statement -> {
            filter.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
