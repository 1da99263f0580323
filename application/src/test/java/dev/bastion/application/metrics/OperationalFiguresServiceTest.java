package dev.bastion.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.metrics.ReadOperationalFigures.OutboxFigures;
import dev.bastion.application.shared.events.CommittedEvent;
import dev.bastion.application.shared.events.OutboxBacklog;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryLoginThrottle;
import dev.bastion.application.testing.InMemorySessionStore;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.identity.ClientInfo;
import dev.bastion.domain.identity.RefreshToken;
import dev.bastion.domain.identity.RevocationReason;
import dev.bastion.domain.identity.Session;
import dev.bastion.domain.identity.SessionId;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.identity.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperationalFiguresServiceTest {

    /** A minute ahead of the wall clock, which the in-memory outbox stamps its events with. */
    private final FixedClock clock = new FixedClock(Instant.now().plus(Duration.ofMinutes(1)));
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final ReadOperationalFigures figures = new OperationalFiguresService(sessions, throttle, outbox, clock);

    private Session open(Duration ttl) {
        SessionId id = SessionId.newId();
        Session session = Session.open(id, UserId.newId(), new Username("alice"), RefreshToken.issue(id).digest(),
                new ClientInfo("192.0.2.1", "JUnit"), false, clock.now(), ttl);
        sessions.add(session);
        return session;
    }

    @Test
    void sessionsActiveCountsLiveSessionsByTheDomainClock() {
        assertThat(figures.sessionsActive()).isZero();
        open(Duration.ofMinutes(5));
        open(Duration.ofHours(1));
        Session revoked = open(Duration.ofHours(1));
        sessions.revoke(revoked.id(), RevocationReason.FORCED_LOGOUT, clock.now());

        assertThat(figures.sessionsActive()).isEqualTo(2);
        clock.advanceBy(Duration.ofMinutes(5));
        assertThat(figures.sessionsActive()).isEqualTo(1);
    }

    @Test
    void accountsLockedCountsLocksInForceByTheDomainClock() {
        throttle.lock("alice", clock.now().plus(Duration.ofMinutes(15)));
        throttle.lock("bob", clock.now().plus(Duration.ofMinutes(1)));

        assertThat(figures.accountsLocked()).isEqualTo(2);
        clock.advanceBy(Duration.ofMinutes(1));
        assertThat(figures.accountsLocked()).isEqualTo(1);
        throttle.reset("alice");
        assertThat(figures.accountsLocked()).isZero();
    }

    @Test
    void theOutboxLagIsTheAgeOfTheOldestUnpublishedEvent() {
        assertThat(figures.outbox()).isEqualTo(new OutboxFigures(0, Duration.ZERO));
        List<UUID> ids = outbox.append(List.of(new RoleChanged(RoleId.newId()), new RoleChanged(RoleId.newId())));
        Instant oldest = outbox.unpublished(ids).stream().map(CommittedEvent::occurredAt).min(Instant::compareTo)
                .orElseThrow();

        OutboxFigures read = figures.outbox();

        assertThat(read.unpublished()).isEqualTo(2);
        assertThat(read.lag()).isEqualTo(Duration.between(oldest, clock.now())).isPositive();
    }

    @Test
    void aLagIsNeverNegativeAndNothingWaitingMeansNoLag() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(OutboxFigures.of(new OutboxBacklog(3, Optional.of(now.minusSeconds(90))), now))
                .isEqualTo(new OutboxFigures(3, Duration.ofSeconds(90)));
        assertThat(OutboxFigures.of(new OutboxBacklog(1, Optional.of(now.plusSeconds(5))), now).lag())
                .isEqualTo(Duration.ZERO);
        assertThat(OutboxFigures.of(OutboxBacklog.empty(), now)).isEqualTo(new OutboxFigures(0, Duration.ZERO));
    }
}
