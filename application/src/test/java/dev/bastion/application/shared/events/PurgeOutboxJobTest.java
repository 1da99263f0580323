package dev.bastion.application.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.FakeJobContext;
import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryEventOutbox;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.domain.access.RoleChanged;
import dev.bastion.domain.access.RoleId;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeOutboxJobTest {

    private static final Duration RETENTION = Duration.ofDays(7);

    private final FixedClock clock = FixedClock.at("2026-12-03T09:00:00Z");
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final EventRelay relay = new EventRelay(outbox, events -> { }, new InMemoryTransactions(), clock,
            RETENTION);
    private final PurgeOutboxJob job = new PurgeOutboxJob(relay, RETENTION);

    @Test
    void it_deletes_the_events_published_before_the_retention_and_counts_them() {
        relay.relayCommitted(outbox.append(List.of(new RoleChanged(RoleId.newId()), new RoleChanged(RoleId.newId()))));
        clock.advanceBy(Duration.ofDays(6));
        relay.relayCommitted(outbox.append(List.of(new RoleChanged(RoleId.newId()))));
        outbox.append(List.of(new RoleChanged(RoleId.newId()))); // never published: never purged
        clock.advanceBy(Duration.ofDays(2));

        assertThat(job.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("deleted 2 events published more than 7d ago from the outbox");
        assertThat(job.run(JobParameters.NONE, new FakeJobContext(clock.now())))
                .isEqualTo("deleted 0 events published more than 7d ago from the outbox");
        assertThat(relay.relayPending()).as("the unpublished one is still there").isEqualTo(1);
    }

    @Test
    void it_takes_no_parameters_and_no_permission_beyond_the_jobs() {
        assertThat(job.key().value()).isEqualTo("outbox.purge-sent");
        assertThat(job.parameters()).isEqualTo(ParameterSchema.NONE);
        assertThat(job.requiredPermissions()).isEmpty();
    }
}
