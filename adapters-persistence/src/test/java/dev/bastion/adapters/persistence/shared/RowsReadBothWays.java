package dev.bastion.adapters.persistence.shared;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * For a hand-written {@link RowReader}'s test: each row a query answers, read by the reader and by
 * Micronaut Data's own mapping of the same row type, so the test can hold the two equal.
 */
public final class RowsReadBothWays {

    /** One row as the reader read it and as Micronaut Data mapped it. */
    public record Read<R>(R byReader, R byMapping) {
    }

    private RowsReadBothWays() {
    }

    /** {@code sql} is the test's own constant. */
    public static <R> List<Read<R>> of(ConnectionOperations<Connection> connections, JdbcOperations jdbc, String sql,
                                        RowReader<R> reader, Class<R> rowType) {
        return connections.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            List<Read<R>> read = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    read.add(new Read<>(reader.read(result), jdbc.readEntity(result, rowType)));
                }
            }
            return read;
        }));
    }
}
