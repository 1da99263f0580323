package dev.bastion.application.archfixture;

import dev.bastion.domain.shared.Clock;
import java.time.Instant;

/** WRONG ON PURPOSE: application implementing a domain port instead of an adapter. */
public final class ApplicationSideClock implements Clock {

    @Override
    public Instant now() {
        return Instant.EPOCH;
    }
}
