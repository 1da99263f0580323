package dev.bastion.adapters.persistence.shared;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC for the few statements a generated repository does not express well. Runs on the
 * current transaction's connection when there is one, else on a connection of its own.
 */
@Singleton
public final class Sql {

    private final ConnectionOperations<Connection> connections;

    Sql(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    public <R> R read(Work<R> work) {
        return connections.executeRead(status -> run(work, status.getConnection()));
    }

    public <R> R write(Work<R> work) {
        return connections.executeWrite(status -> run(work, status.getConnection()));
    }

    private static <R> R run(Work<R> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException("SQL failed: " + e.getMessage(), e);
        }
    }
}
