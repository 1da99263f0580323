package dev.bastion.application.audit;

import static dev.bastion.application.audit.OperationLogFixtures.T;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.InMemoryLoginLog;
import dev.bastion.application.testing.InMemoryOperationLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.audit.OperationLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PurgeOperationLogServiceTest {

    private final InMemoryOperationLog operations = new InMemoryOperationLog();
    private final InMemoryLoginLog logins = new InMemoryLoginLog();

    @Test
    void entries_older_than_the_retention_go_and_the_rest_still_verifies_from_the_cut() {
        // one entry per day for 10 days; the purge runs on day 10 with a 4-day retention
        operations.appendAll(IntStream.range(0, 10)
                .mapToObj(day -> OperationLogFixtures.record(T.plus(Duration.ofDays(day)), null, 200)).toList());
        IntStream.range(0, 10).forEach(day -> logins.append(
                LoginLogEntry.of(T.plus(Duration.ofDays(day)), "jane", "ip", "ua", LoginOutcome.SUCCESS)));
        Instant now = T.plus(Duration.ofDays(10));
        PurgeOperationLog purge = new PurgeOperationLogService(operations, logins, () -> now, Duration.ofDays(4));

        PurgeOperationLog.Purged purged = purge.purge();

        assertThat(purged).isEqualTo(new PurgeOperationLog.Purged(6, 6));
        assertThat(operations.entries()).hasSize(4)
                .allSatisfy(e -> assertThat(e.record().at()).isAfterOrEqualTo(now.minus(Duration.ofDays(4))));
        assertThat(logins.entries()).hasSize(4);
        assertThat(new OperationLogService(operations).verify(null, null).verified()).isEqualTo(4);
        assertThat(new OperationLogService(operations).verify(null, null).firstBroken()).isEmpty();

        // appending after a purge continues the chain, and a second purge moves the anchor
        operations.appendAll(java.util.List.of(OperationLogFixtures.record(now, null, 201)));
        assertThat(new PurgeOperationLogService(operations, logins, () -> now.plus(Duration.ofDays(2)),
                Duration.ofDays(4)).purge().operations()).isEqualTo(2);
        assertThat(new OperationLogService(operations).verify(null, null).verified()).isEqualTo(3);
        assertThat(new OperationLogService(operations).verify(null, null).firstBroken()).isEmpty();
        assertThat(operations.entries()).extracting(OperationLogEntry::sequence).containsExactly(9L, 10L, 11L);
    }

    @Test
    void nothing_old_enough_purges_nothing() {
        operations.appendAll(java.util.List.of(OperationLogFixtures.record(T, null, 200)));

        assertThat(new PurgeOperationLogService(operations, logins, () -> T.plusSeconds(60), Duration.ofDays(180))
                .purge()).isEqualTo(new PurgeOperationLog.Purged(0, 0));
    }
}
