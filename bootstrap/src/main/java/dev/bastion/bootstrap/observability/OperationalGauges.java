package dev.bastion.bootstrap.observability;

import dev.bastion.application.metrics.ReadOperationalFigures;
import dev.bastion.application.metrics.ReadOperationalFigures.OutboxFigures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges of what only the stores know, sampled in the background ({@link #sample}, every
 * {@code bastion.metrics.sample-interval}) and served from memory, so a scrape never queries the
 * database or Redis:
 * <ul>
 *   <li>{@value #SESSIONS} — live sessions (every instance's: the session store is shared);</li>
 *   <li>{@value #LOCKED} — logins locked by the sign-in throttle;</li>
 *   <li>{@value #OUTBOX_BACKLOG} — domain events not yet published;</li>
 *   <li>{@value #OUTBOX_LAG} (seconds) — how long the oldest of them has waited.</li>
 * </ul>
 * Each figure is read on its own: one that cannot be read (its store away) reads NaN until it can
 * again, and the failure is logged once per streak; the others go on. Before the first sample
 * every gauge is NaN. The figures' use case is looked up at the first sample, not at start: it
 * brings the session store, the throttle and the outbox with their connections, ~0.3 s of the main
 * thread that the gauges (created at start, to be in the first scrape) do not need yet.
 */
public final class OperationalGauges {

    static final String SESSIONS = "bastion.sessions.active";
    static final String LOCKED = "bastion.accounts.locked";
    static final String OUTBOX_BACKLOG = "bastion.outbox.backlog";
    static final String OUTBOX_LAG = "bastion.outbox.lag";

    private static final Logger LOG = LoggerFactory.getLogger(OperationalGauges.class);

    private final Supplier<ReadOperationalFigures> figuresAtFirstSample;
    private volatile ReadOperationalFigures figures;
    private final Figure sessions = new Figure("active sessions");
    private final Figure locked = new Figure("locked accounts");
    private final Figure backlog = new Figure("outbox backlog");
    private final Figure lag = new Figure("outbox lag");

    public OperationalGauges(Supplier<ReadOperationalFigures> figuresAtFirstSample, MeterRegistry registry) {
        this.figuresAtFirstSample = figuresAtFirstSample;
        register(registry, SESSIONS, null, "Sessions neither revoked nor expired (shared by every instance)", sessions);
        register(registry, LOCKED, null, "Logins locked by the sign-in throttle now", locked);
        register(registry, OUTBOX_BACKLOG, null, "Domain events in the outbox not yet published", backlog);
        register(registry, OUTBOX_LAG, "seconds", "Age of the oldest unpublished domain event (0 when none)", lag);
    }

    private static void register(MeterRegistry registry, String name, String unit, String description, Figure figure) {
        Gauge.builder(name, figure, Figure::value)
                .description(description)
                .baseUnit(unit)
                .strongReference(true)
                .register(registry);
    }

    /** Reads every figure once; never throws. Called by one scheduled task at a time. */
    public void sample() {
        sessions.read(() -> figures().sessionsActive());
        locked.read(() -> figures().accountsLocked());
        OutboxFigures outbox = read(() -> figures().outbox());
        if (outbox == null) {
            backlog.unknown();
            lag.unknown();
        } else {
            backlog.set(outbox.unpublished());
            lag.set(outbox.lag().toNanos() / 1e9);
        }
    }

    /** The use case, looked up once it is first needed; a lookup that fails is tried again next time. */
    private ReadOperationalFigures figures() {
        ReadOperationalFigures looked = figures;
        if (looked == null) {
            looked = figuresAtFirstSample.get();
            figures = looked;
        }
        return looked;
    }

    private <T> T read(Supplier<T> supplier) {
        try {
            T value = supplier.get();
            backlog.recovered();
            return value;
        } catch (RuntimeException e) {
            backlog.failed(e);
            return null;
        }
    }

    /** One sampled value, NaN while unknown. */
    private static final class Figure {

        private final String name;
        private final AtomicBoolean failing = new AtomicBoolean();
        private volatile double value = Double.NaN;

        Figure(String name) {
            this.name = name;
        }

        double value() {
            return value;
        }

        void set(double sampled) {
            value = sampled;
        }

        void unknown() {
            value = Double.NaN;
        }

        void read(LongSupplier supplier) {
            try {
                value = supplier.getAsLong();
                recovered();
            } catch (RuntimeException e) {
                value = Double.NaN;
                failed(e);
            }
        }

        void recovered() {
            if (failing.compareAndSet(true, false)) {
                LOG.info("The {} can be read again", name);
            }
        }

        void failed(RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warn("Cannot read the {} for its gauge ({}); it reads NaN until it can", name, e.toString());
            }
        }
    }
}
