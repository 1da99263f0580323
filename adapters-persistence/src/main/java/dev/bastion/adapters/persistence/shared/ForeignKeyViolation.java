package dev.bastion.adapters.persistence.shared;

import java.util.Optional;

/** Finds the PostgreSQL foreign-key violation (SQLSTATE 23503) behind a data-access failure. */
public final class ForeignKeyViolation {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeyViolation() {
    }

    /** The name of the violated foreign-key constraint, if {@code failure} is one. */
    public static Optional<String> constraintOf(Throwable failure) {
        return SqlFailures.constraintOf(failure, FOREIGN_KEY_VIOLATION);
    }
}
