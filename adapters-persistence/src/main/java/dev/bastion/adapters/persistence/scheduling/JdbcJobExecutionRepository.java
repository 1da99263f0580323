package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.adapters.persistence.shared.PagedQueries;
import dev.bastion.adapters.persistence.shared.SqlFilter;
import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link JobExecutionRepository} on PostgreSQL. An exclusive start locks the job's row first
 * ({@code SELECT ... FOR UPDATE}), so two instances starting runs of one FORBID job are decided one
 * after the other: the second sees the first's RUNNING row and is refused.
 */
@Singleton
final class JdbcJobExecutionRepository implements JobExecutionRepository {

    private static final String COLUMNS = "id, job_id, trigger, scheduled_at, started_at, finished_at, outcome, "
            + "message, instance, recorded_at";
    private static final String INSERT = "INSERT INTO job_executions (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp()) ON CONFLICT (id) DO NOTHING";
    private static final String NEWEST_FIRST = "recorded_at DESC, id DESC";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final PagedQueries queries;

    JdbcJobExecutionRepository(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                               PagedQueries queries) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.queries = queries;
    }

    @Override
    public Start start(JobExecution running, boolean exclusive) {
        return transactions.executeWrite(status -> {
            if (exclusive) {
                // a second delivery of a run that is RUNNING is that run, not another one in its way
                if (exists(running.id())) {
                    return Start.ALREADY_RECORDED;
                }
                lockJob(running.jobId());
                if (!running(running.jobId()).isEmpty()) {
                    return Start.BLOCKED;
                }
            }
            return insert(running) == 1 ? Start.STARTED : Start.ALREADY_RECORDED;
        });
    }

    @Override
    public boolean finish(JobExecution ended) {
        return transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE job_executions"
                + " SET outcome = ?, finished_at = ?, message = ? WHERE id = ? AND outcome = 'RUNNING'", statement -> {
                    statement.setString(1, ended.outcome().name());
                    SqlInstants.bind(statement, 2, ended.finishedAt());
                    statement.setString(3, ended.message());
                    statement.setObject(4, ended.id().value());
                    return statement.executeUpdate() == 1;
                }));
    }

    @Override
    public void recordSkipped(JobExecution skipped) {
        transactions.executeWrite(status -> insert(skipped));
    }

    @Override
    public Optional<JobExecution> findById(JobExecutionId id) {
        return queries.findFirst("job_executions", SqlFilter.of(List.of("id = ?"), List.of(id.value())),
                JdbcJobExecutionRepository::read, execution -> execution);
    }

    @Override
    public List<JobExecution> running(JobId job) {
        return queries.slice("job_executions", SqlFilter.of(List.of("job_id = ?", "outcome = 'RUNNING'"),
                List.of(job.value())), NEWEST_FIRST, 100, JdbcJobExecutionRepository::read, execution -> execution);
    }

    @Override
    public Page<JobExecution> ofJob(JobId job, PageRequest page) {
        return queries.page("job_executions", SqlFilter.of(List.of("job_id = ?"), List.of(job.value())),
                NEWEST_FIRST, JdbcJobExecutionRepository::read, execution -> execution, page);
    }

    @Override
    public int deleteEndedBefore(Instant cutoff) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM job_executions WHERE outcome <> 'RUNNING' AND finished_at < ?", statement -> {
                    SqlInstants.bind(statement, 1, cutoff);
                    return statement.executeUpdate();
                }));
    }

    private boolean exists(JobExecutionId id) {
        return jdbc.prepareStatement("SELECT 1 FROM job_executions WHERE id = ?", statement -> {
            statement.setObject(1, id.value());
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
    }

    private void lockJob(JobId job) {
        boolean found = jdbc.prepareStatement("SELECT 1 FROM jobs WHERE id = ? FOR UPDATE", statement -> {
            statement.setObject(1, job.value());
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
        if (!found) {
            throw new NotFoundException("job " + job);
        }
    }

    private int insert(JobExecution e) {
        return jdbc.prepareStatement(INSERT, statement -> {
            bind(statement, e);
            return statement.executeUpdate();
        });
    }

    /** All but {@code recorded_at}: the database's clock orders the history, the same for every instance. */
    private static void bind(PreparedStatement statement, JobExecution e) throws SQLException {
        statement.setObject(1, e.id().value());
        statement.setObject(2, e.jobId().value());
        statement.setString(3, e.trigger().name());
        SqlInstants.bind(statement, 4, e.scheduledAt());
        SqlInstants.bind(statement, 5, e.startedAt());
        SqlInstants.bind(statement, 6, e.finishedAt());
        statement.setString(7, e.outcome().name());
        statement.setString(8, e.message());
        statement.setString(9, e.instance());
    }

    private static JobExecution read(ResultSet row) throws SQLException {
        return JobExecution.reconstitute(new JobExecutionId(row.getObject("id", UUID.class)),
                new JobId(row.getObject("job_id", UUID.class)), ExecutionTrigger.valueOf(row.getString("trigger")),
                SqlInstants.read(row, "scheduled_at"), SqlInstants.read(row, "started_at"),
                SqlInstants.read(row, "finished_at"), ExecutionOutcome.valueOf(row.getString("outcome")),
                row.getString("message"), row.getString("instance"));
    }
}
