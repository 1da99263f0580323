package dev.bastion.adapters.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Finds the PostgreSQL unique-constraint violation (SQLSTATE 23505) behind a data-access failure. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** The name of the violated unique index or constraint, if {@code failure} is one. */
    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
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
