package dev.bastion.adapters.persistence.shared;

import dev.bastion.application.shared.events.RelayEvents;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what the outbox still holds, shortly after start and then every
 * {@code bastion.outbox.poll-interval} (default 1 s): events whose relay failed (Redis away) or
 * whose process died between commit and publish. A failure is logged once until a poll succeeds
 * again. Published events are deleted by the built-in job "Purge published outbox events".
 */
@Singleton
@Requires(beans = RelayEvents.class)
@Requires(property = "bastion.outbox.polling", notEquals = "false")
final class OutboxPolling {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPolling.class);

    private final RelayEvents relay;
    private final AtomicBoolean failing = new AtomicBoolean();

    OutboxPolling(RelayEvents relay) {
        this.relay = relay;
    }

    @Scheduled(initialDelay = "1s", fixedDelay = "${bastion.outbox.poll-interval:1s}")
    void relayPending() {
        try {
            int published = relay.relayPending();
            if (failing.compareAndSet(true, false)) {
                LOG.info("Publishing events works again; {} left in the outbox published", published);
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warn("Cannot publish the outbox's events yet ({}); trying again every poll", e.toString());
            }
        }
    }

}
