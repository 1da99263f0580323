package dev.bastion.bootstrap.observability;

import dev.bastion.application.metrics.OperationalFiguresService;
import dev.bastion.application.metrics.ReadOperationalFigures;
import dev.bastion.application.shared.events.EventOutbox;
import dev.bastion.domain.identity.LoginThrottle;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.shared.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Builds the figures use case and the gauges that sample it. */
@Factory
final class MetricsWiring {

    @Singleton
    OperationalFiguresService operationalFigures(SessionStore sessions, LoginThrottle throttle, EventOutbox outbox,
                                                 Clock clock) {
        return new OperationalFiguresService(sessions, throttle, outbox, clock);
    }

    /** At start, so every outcome's counter is in the first scrape (at 0), before anyone signs in. */
    @Context
    SignInMeter.Counters signInCounters(MeterRegistry registry) {
        return new SignInMeter.Counters(registry);
    }

    /** At start, so the gauges are in the first scrape (NaN until the first sample). */
    @Context
    OperationalGauges operationalGauges(Provider<ReadOperationalFigures> figures, MeterRegistry registry) {
        return new OperationalGauges(figures::get, registry);
    }
}
