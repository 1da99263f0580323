package dev.bastion.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.domain.audit.LoginLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginLogQuery;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInMeterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<LoginLogEntry> stored = new ArrayList<>();
    private final LoginLog log = new LoginLog() {
        @Override
        public void append(LoginLogEntry entry) {
            if (entry.username().equals("db-down")) {
                throw new IllegalStateException("database away");
            }
            stored.add(entry);
        }

        @Override
        public Page<LoginLogEntry> find(LoginLogQuery query, PageRequest page) {
            return Page.of(List.copyOf(stored), stored.size(), page);
        }

        @Override
        public List<LoginLogEntry> slice(LoginLogQuery query, LoginLogEntry after, int limit) {
            return stored.stream().limit(limit).toList();
        }

        @Override
        public long purgeBefore(Instant cutoff) {
            int before = stored.size();
            stored.removeIf(entry -> entry.at().isBefore(cutoff));
            return before - stored.size();
        }
    };
    private final SignInMeter meter = new SignInMeter(log, new SignInMeter.Counters(registry));

    private double count(String outcome) {
        return registry.get("bastion.signin").tag("outcome", outcome).counter().count();
    }

    private static LoginLogEntry entry(String username, LoginOutcome outcome) {
        return LoginLogEntry.of(Instant.parse("2026-03-02T10:00:00Z"), username, "192.0.2.1", "JUnit", outcome);
    }

    @Test
    void slicesAndPurgesGoToTheLogUncounted() {
        meter.append(entry("alice", LoginOutcome.SUCCESS));
        meter.append(entry("bob", LoginOutcome.SUCCESS));

        assertThat(meter.slice(null, null, 1)).extracting(LoginLogEntry::username).containsExactly("alice");
        assertThat(meter.purgeBefore(Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo(2);
        assertThat(stored).isEmpty();
        assertThat(count("success")).isEqualTo(2);
    }

    @Test
    void everyOutcomeHasACounterFromTheStart() {
        for (LoginOutcome outcome : LoginOutcome.values()) {
            assertThat(count(outcome.name().toLowerCase())).as(outcome.name()).isZero();
        }
        assertThat(registry.get("bastion.signin").counters()).hasSize(LoginOutcome.values().length);
    }

    @Test
    void eachRecordedAttemptCountsOnceUnderItsOutcomeAndIsStored() {
        meter.append(entry("alice", LoginOutcome.SUCCESS));
        meter.append(entry("alice", LoginOutcome.WRONG_PASSWORD));
        meter.append(entry("alice", LoginOutcome.WRONG_PASSWORD));
        meter.append(entry("nobody", LoginOutcome.UNKNOWN_USER));
        meter.append(entry("bob", LoginOutcome.LOCKED));
        meter.append(entry("carol", LoginOutcome.DISABLED));
        meter.append(entry("mallory", LoginOutcome.RATE_LIMITED));

        assertThat(count("success")).isEqualTo(1);
        assertThat(count("wrong_password")).isEqualTo(2);
        assertThat(count("unknown_user")).isEqualTo(1);
        assertThat(count("locked")).isEqualTo(1);
        assertThat(count("disabled")).isEqualTo(1);
        assertThat(count("rate_limited")).isEqualTo(1);
        assertThat(stored).hasSize(7);
        assertThat(meter.find(LoginLogQuery.any(), PageRequest.first(20)).total()).isEqualTo(7);
    }

    @Test
    void anAttemptIsCountedEvenWhenItsLogEntryCannotBeStored() {
        assertThatThrownBy(() -> meter.append(entry("db-down", LoginOutcome.WRONG_PASSWORD)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(count("wrong_password")).isEqualTo(1);
    }
}
