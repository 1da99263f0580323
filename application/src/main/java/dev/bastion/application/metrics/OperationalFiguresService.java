package dev.bastion.application.metrics;

import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.shared.Clock;
import java.util.Objects;

/** {@link ReadOperationalFigures} over the stores' counting methods, by the domain clock. */
public final class OperationalFiguresService implements ReadOperationalFigures {

    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final EventOutbox outbox;
    private final Clock clock;

    public OperationalFiguresService(SessionStore sessions, LoginThrottle throttle, EventOutbox outbox, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long sessionsActive() {
        return sessions.countLive(clock.now());
    }

    @Override
    public long accountsLocked() {
        return throttle.countLocked(clock.now());
    }

    @Override
    public OutboxFigures outbox() {
        return OutboxFigures.of(outbox.backlog(), clock.now());
    }
}
