package dev.bastion.adapters.messaging.archfixture;

import dev.bastion.domain.shared.Clock;
import java.time.Instant;

/** Compliant: an adapter implementing a domain port. */
public final class FixtureClock implements Clock {

    @Override
    public Instant now() {
        return Instant.EPOCH;
    }
}
