package dev.bastion.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time as the domain sees it; a port so tests and lockout rules can control it. */
@FunctionalInterface
public interface Clock {

    Instant now();

    /** The system clock at microsecond precision, the precision PostgreSQL keeps, so what is read back equals what was written. */
    static Clock system() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
