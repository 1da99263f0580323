package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.metrics.ReadOperationalFigures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OperationalGaugesTest {

    /** Figures a test sets; a figure set to -1 fails as a store that is away. */
    private static final class Figures implements ReadOperationalFigures {
        volatile long sessions;
        volatile long locked;
        volatile long backlog;
        volatile Duration lag = Duration.ZERO;
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public long sessionsActive() {
            reads.incrementAndGet();
            return check(sessions);
        }

        @Override
        public long accountsLocked() {
            reads.incrementAndGet();
            return check(locked);
        }

        @Override
        public OutboxFigures outbox() {
            reads.incrementAndGet();
            return new OutboxFigures(check(backlog), lag);
        }

        private static long check(long value) {
            if (value < 0) {
                throw new IllegalStateException("store away");
            }
            return value;
        }
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Figures figures = new Figures();
    private final OperationalGauges gauges = new OperationalGauges(() -> figures, registry);

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void everyGaugeIsUnknownUntilTheFirstSample() {
        assertThat(gauge(OperationalGauges.SESSIONS)).isNaN();
        assertThat(gauge(OperationalGauges.LOCKED)).isNaN();
        assertThat(gauge(OperationalGauges.OUTBOX_BACKLOG)).isNaN();
        assertThat(gauge(OperationalGauges.OUTBOX_LAG)).isNaN();
        assertThat(registry.get(OperationalGauges.OUTBOX_LAG).gauge().getId().getBaseUnit()).isEqualTo("seconds");
    }

    @Test
    void aSampleSetsEveryGaugeAndAScrapeReadsOnlyMemory() {
        figures.sessions = 12;
        figures.locked = 2;
        figures.backlog = 5;
        figures.lag = Duration.ofMillis(61_500);

        gauges.sample();
        int readsAfterSample = figures.reads.get();
        for (int scrape = 0; scrape < 10; scrape++) {
            assertThat(gauge(OperationalGauges.SESSIONS)).isEqualTo(12);
        }

        assertThat(gauge(OperationalGauges.LOCKED)).isEqualTo(2);
        assertThat(gauge(OperationalGauges.OUTBOX_BACKLOG)).isEqualTo(5);
        assertThat(gauge(OperationalGauges.OUTBOX_LAG)).isEqualTo(61.5);
        assertThat(figures.reads.get()).isEqualTo(readsAfterSample).isEqualTo(3);
    }

    @Test
    void aFigureThatCannotBeReadIsUnknownWhileTheOthersGoOn() {
        figures.sessions = 3;
        gauges.sample();
        figures.sessions = -1;
        figures.locked = 1;

        gauges.sample();

        assertThat(gauge(OperationalGauges.SESSIONS)).isNaN();
        assertThat(gauge(OperationalGauges.LOCKED)).isEqualTo(1);
        assertThat(gauge(OperationalGauges.OUTBOX_BACKLOG)).isZero();

        figures.sessions = 4;
        figures.backlog = -1;
        gauges.sample();
        assertThat(gauge(OperationalGauges.SESSIONS)).isEqualTo(4);
        assertThat(gauge(OperationalGauges.OUTBOX_BACKLOG)).isNaN();
        assertThat(gauge(OperationalGauges.OUTBOX_LAG)).isNaN();
    }

    @Test
    void theFiguresAreLookedUpAtTheFirstSampleAndALookupThatFailsIsUnknownUntilOneSucceeds() {
        AtomicInteger lookups = new AtomicInteger();
        AtomicBoolean available = new AtomicBoolean(false);
        OperationalGauges lazy = new OperationalGauges(() -> {
            lookups.incrementAndGet();
            if (!available.get()) {
                throw new IllegalStateException("Redis away while the session store is created");
            }
            return figures;
        }, new SimpleMeterRegistry());
        assertThat(lookups).hasValue(0);

        lazy.sample(); // never throws

        assertThat(lookups.get()).isPositive();
        available.set(true);
        figures.sessions = 7;
        lazy.sample();
        lazy.sample();
        assertThat(lookups).hasValue(4); // one per failed read, then one lookup kept
        assertThat(figures.reads.get()).isEqualTo(6);
    }
}
