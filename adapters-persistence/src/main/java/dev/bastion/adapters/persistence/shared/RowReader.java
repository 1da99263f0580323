package dev.bastion.adapters.persistence.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set into a row type of this adapter. */
@FunctionalInterface
public interface RowReader<R> {

    R read(ResultSet row) throws SQLException;

    /**
     * Micronaut Data's mapping of a {@code @MappedEntity}: no code per type, but it builds its
     * mapper for every row; a hot listing reads its rows with a reader of its own instead.
     */
    static <R> RowReader<R> entity(JdbcOperations jdbc, Class<R> rowType) {
        return row -> jdbc.readEntity(row, rowType);
    }
}
