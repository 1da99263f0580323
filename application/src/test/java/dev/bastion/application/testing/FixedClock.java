package dev.bastion.application.testing;

import dev.bastion.domain.shared.Clock;
import java.time.Duration;
import java.time.Instant;

/** A {@link Clock} that stands still until a test moves it. */
public final class FixedClock implements Clock {

    private volatile Instant now;

    public FixedClock(Instant now) {
        this.now = now;
    }

    public static FixedClock at(String isoInstant) {
        return new FixedClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now;
    }

    public synchronized void advanceBy(Duration duration) {
        now = now.plus(duration);
    }
}
