package dev.bastion.adapters.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Walks a failure's causes to the PostgreSQL error with a given SQLSTATE. */
final class SqlFailures {

    private SqlFailures() {
    }

    /** The constraint named by the first cause with {@code sqlState} ("" if unnamed), if there is one. */
    static Optional<String> constraintOf(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                ServerErrorMessage detail = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
                return Optional.of(detail == null || detail.getConstraint() == null ? "" : detail.getConstraint());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
