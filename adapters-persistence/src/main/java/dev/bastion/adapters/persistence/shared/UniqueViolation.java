package dev.bastion.adapters.persistence.shared;

import java.util.Optional;

/** Finds the PostgreSQL unique-constraint violation (SQLSTATE 23505) behind a data-access failure. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** The name of the violated unique index or constraint, if {@code failure} is one. */
    public static Optional<String> constraintOf(Throwable failure) {
        return SqlFailures.constraintOf(failure, UNIQUE_VIOLATION);
    }
}
