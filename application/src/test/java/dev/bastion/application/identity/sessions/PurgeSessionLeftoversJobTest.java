package dev.bastion.application.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.FakeJobContext;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeSessionLeftoversJobTest {

    private static final Duration TTL = Duration.ofHours(1);

    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final FixedClock clock = FixedClock.at("2026-03-01T09:00:00Z");
    private final PurgeSessionLeftoversJob job = new PurgeSessionLeftoversJob(sessions, clock);

    @Test
    void it_clears_the_sessions_expired_by_now_and_says_how_many() {
        open();
        open();
        clock.advanceBy(Duration.ofMinutes(30));
        open();
        clock.advanceBy(Duration.ofMinutes(45));

        assertThat(job.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("cleared 2 sessions expired by 2026-03-01T10:15:00Z from the session indexes");
        assertThat(job.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("cleared 0 sessions expired by 2026-03-01T10:15:00Z from the session indexes");
        assertThat(sessions.countLive(clock.now())).isEqualTo(1);
    }

    @Test
    void it_takes_no_parameters_and_no_permission_beyond_the_jobs() {
        assertThat(job.key().value()).isEqualTo("sessions.purge-leftovers");
        assertThat(job.parameters()).isEqualTo(ParameterSchema.NONE);
        assertThat(job.requiredPermissions()).isEmpty();
    }

    private void open() {
        SessionId id = SessionId.newId();
        sessions.add(Session.open(id, UserId.newId(), new Username("jane"), RefreshToken.issue(id).digest(),
                new ClientInfo("203.0.113.7", "Firefox/128"), false, clock.now(), TTL));
    }
}
