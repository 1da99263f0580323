package dev.bastion.application.audit;

import static dev.bastion.application.audit.OperationLogFixtures.T;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.application.testing.FakeJobContext;
import dev.bastion.application.testing.InMemoryLoginLog;
import dev.bastion.application.testing.InMemoryOperationLog;
import dev.bastion.domain.audit.LoginLogEntry;
import dev.bastion.domain.audit.LoginOutcome;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.ParameterSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PurgeLogsJobTest {

    private static final Duration RETENTION = Duration.ofDays(4);

    private final InMemoryOperationLog operations = new InMemoryOperationLog();
    private final InMemoryLoginLog logins = new InMemoryLoginLog();

    @Test
    void it_purges_both_logs_past_the_retention_and_says_how_many_of_each() throws Exception {
        operations.appendAll(IntStream.range(0, 10)
                .mapToObj(day -> OperationLogFixtures.record(T.plus(Duration.ofDays(day)), null, 200)).toList());
        IntStream.range(0, 3).forEach(day -> logins.append(
                LoginLogEntry.of(T.plus(Duration.ofDays(day)), "jane", "ip", "ua", LoginOutcome.SUCCESS)));
        Instant now = T.plus(Duration.ofDays(10));
        PurgeLogsJob job = new PurgeLogsJob(new PurgeOperationLogService(operations, logins, () -> now, RETENTION),
                RETENTION);

        String summary = job.run(JobParameters.NONE, new FakeJobContext(now));

        assertThat(summary).isEqualTo("deleted 6 operation-log and 3 login-log entries older than 4d");
        assertThat(operations.entries()).hasSize(4);
        assertThat(logins.entries()).isEmpty();
    }

    @Test
    void it_takes_no_parameters_and_asks_for_both_delete_permissions() throws Exception {
        PurgeLogsJob job = new PurgeLogsJob(() -> new PurgeOperationLog.Purged(0, 0), RETENTION);

        assertThat(job.key().value()).isEqualTo("audit.purge-logs");
        assertThat(job.parameters()).isEqualTo(ParameterSchema.NONE);
        assertThat(job.requiredPermissions())
                .containsExactlyInAnyOrder("monitor:operation-log:delete", "monitor:login-log:delete");
        assertThat(job.description()).contains("(4d)");
        assertThat(job.run(JobParameters.NONE, new FakeJobContext(T)))
                .isEqualTo("deleted 0 operation-log and 0 login-log entries older than 4d");
    }
}
