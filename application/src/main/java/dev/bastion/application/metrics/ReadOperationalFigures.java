package dev.bastion.application.metrics;

import dev.bastion.application.shared.events.OutboxBacklog;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The figures an operator watches that only the stores know: live sessions, locked logins, and
 * the outbox's backlog. Each is one cheap read of the store that keeps it, shared by every
 * instance, so a metrics sampler asks for them in the background, never per scrape; each may
 * fail on its own (Redis or the database away) without the others.
 */
public interface ReadOperationalFigures {

    /** Sessions neither revoked nor expired, across every instance. */
    long sessionsActive();

    /** Logins locked now by the sign-in throttle (unknown names included), across every instance. */
    long accountsLocked();

    /** The events not yet published and how long the oldest of them has waited. */
    OutboxFigures outbox();

    /** The outbox's backlog and the age of its oldest event (zero when there is none). */
    record OutboxFigures(long unpublished, Duration lag) {

        public OutboxFigures {
            Objects.requireNonNull(lag, "lag");
        }

        public static OutboxFigures of(OutboxBacklog backlog, Instant now) {
            Duration lag = backlog.oldest()
                    .map(oldest -> Duration.between(oldest, now))
                    .filter(age -> !age.isNegative())
                    .orElse(Duration.ZERO);
            return new OutboxFigures(backlog.unpublished(), lag);
        }
    }
}
