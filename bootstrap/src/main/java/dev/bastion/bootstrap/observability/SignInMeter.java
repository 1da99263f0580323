package dev.bastion.bootstrap.observability;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LoginLog} with two observers around {@link #append}: every sign-in attempt, whatever
 * its outcome, is recorded there exactly once, so it is the one place to count them
 * ({@value #METER}{outcome}) and to log a refused one (logger {@value #SECURITY_LOGGER}, INFO:
 * outcome, login as typed, already cleaned of control characters and cut, client address; never
 * the password). Counters exist from the start at 0 for every outcome, so a rate over them is
 * defined before the first failure.
 */
final class SignInMeter implements LoginLog {

    static final String METER = "bastion.signin";
    static final String SECURITY_LOGGER = "bastion.security";

    private static final Logger SECURITY = LoggerFactory.getLogger(SECURITY_LOGGER);

    private final LoginLog delegate;
    private final Counters counters;

    SignInMeter(LoginLog delegate, Counters counters) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** One counter per outcome, registered at start (the login log itself is made on first use). */
    static final class Counters {

        private final Map<LoginOutcome, Counter> byOutcome = new EnumMap<>(LoginOutcome.class);

        Counters(MeterRegistry registry) {
            for (LoginOutcome outcome : LoginOutcome.values()) {
                byOutcome.put(outcome, Counter.builder(METER)
                        .description("Sign-in attempts by outcome")
                        .tag("outcome", tagOf(outcome))
                        .register(registry));
            }
        }

        Counter of(LoginOutcome outcome) {
            return byOutcome.get(outcome);
        }
    }

    static String tagOf(LoginOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void append(LoginLogEntry entry) {
        counters.of(entry.outcome()).increment();
        if (entry.outcome() != LoginOutcome.SUCCESS) {
            SECURITY.info("Sign-in refused: {} for login '{}' from {}", tagOf(entry.outcome()), entry.username(),
                    entry.ip());
        }
        delegate.append(entry);
    }

    @Override
    public Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
        return delegate.find(query, page);
    }

    @Override
    public List<LoginLogEntry> slice(LoginLogQuery query, LoginLogEntry after, int limit) {
        return delegate.slice(query, after, limit);
    }

    @Override
    public long purgeBefore(Instant cutoff) {
        return delegate.purgeBefore(cutoff);
    }
}
