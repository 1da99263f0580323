package dev.bastion.bootstrap.testing;

import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/** The system clock, moved forward on demand: lockout and session expiry without waiting. */
@Singleton
@Replaces(Clock.class)
@Requires(env = Environment.TEST)
public class TestClock implements Clock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).plus(offset);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
