package dev.bastion.adapters.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Walks a failure's causes to the PostgreSQL error with a given SQLSTATE. */
final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * The constraint named by the first cause with {@code sqlState} ("" if unnamed), if there is one. A
     * batch failure ({@code BatchUpdateException}) names no constraint itself: the server's error
     * follows it as its next exception.
     */
    static Optional<String> constraintOf(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return Optional.of(constraintNamedBy(sql));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String constraintNamedBy(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException() == e ? null : e.getNextException()) {
            ServerErrorMessage detail = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
            if (detail != null && detail.getConstraint() != null) {
                return detail.getConstraint();
            }
        }
        return "";
    }
}
