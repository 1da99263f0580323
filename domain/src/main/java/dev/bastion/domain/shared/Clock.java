package dev.bastion.domain.shared;

import java.time.Instant;

/** The time as the domain sees it; a port so tests and lockout rules can control it. */
@FunctionalInterface
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
