package dev.bastion.adapters.persistence.scheduling;

import dev.bastion.adapters.persistence.shared.SqlInstants;
import dev.bastion.application.scheduling.JobScheduler;
import dev.bastion.application.scheduling.RunOrder;
import dev.bastion.domain.scheduling.JobId;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@link JobScheduler} as rows of db-scheduler's table, written with the caller's transaction (a
 * job and its plan commit together; db-scheduler's own client would write on a connection of its
 * own). A row an instance has picked (a firing being dispatched, a few milliseconds) is left alone:
 * its completion plans the next firing from the job as it then stands.
 */
@Singleton
final class JdbcJobScheduler implements JobScheduler {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final BeanProvider<SchedulerRuntime> runtime;

    JdbcJobScheduler(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                     BeanProvider<SchedulerRuntime> runtime) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.runtime = runtime;
    }

    @Override
    public void plan(JobId job, Instant at) {
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO " + SchedulerTasks.TABLE
                + " (task_name, task_instance, task_data, execution_time, picked, consecutive_failures, version)"
                + " VALUES (?, ?, NULL, ?, false, 0, 1)"
                + " ON CONFLICT (task_name, task_instance) DO UPDATE SET execution_time = EXCLUDED.execution_time,"
                + " version = " + SchedulerTasks.TABLE + ".version + 1 WHERE NOT " + SchedulerTasks.TABLE + ".picked",
                statement -> {
                    statement.setString(1, SchedulerTasks.FIRE);
                    statement.setString(2, job.value().toString());
                    SqlInstants.bind(statement, 3, at);
                    return statement.executeUpdate();
                }));
    }

    @Override
    public void unplan(JobId job) {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM " + SchedulerTasks.TABLE
                + " WHERE task_name = ? AND task_instance = ? AND NOT picked", statement -> {
                    statement.setString(1, SchedulerTasks.FIRE);
                    statement.setString(2, job.value().toString());
                    return statement.executeUpdate();
                }));
    }

    @Override
    public Set<JobId> planned() {
        return jdbc.prepareStatement("SELECT task_instance FROM " + SchedulerTasks.TABLE + " WHERE task_name = ?",
                statement -> {
                    statement.setString(1, SchedulerTasks.FIRE);
                    Set<JobId> jobs = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            jobs.add(new JobId(UUID.fromString(rows.getString(1))));
                        }
                    }
                    return jobs;
                });
    }

    /** Due at once by db-scheduler's clock (the system's), which decides when a row is due. */
    @Override
    public void order(RunOrder order) {
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO " + SchedulerTasks.TABLE
                + " (task_name, task_instance, task_data, execution_time, picked, consecutive_failures, version)"
                + " VALUES (?, ?, ?, ?, false, 0, 1) ON CONFLICT (task_name, task_instance) DO NOTHING", statement -> {
                    statement.setString(1, SchedulerTasks.RUN);
                    statement.setString(2, order.execution().value().toString());
                    statement.setBytes(3, RunOrderText.data(order).getBytes(StandardCharsets.UTF_8));
                    SqlInstants.bind(statement, 4, Instant.now());
                    return statement.executeUpdate();
                }));
    }

    @Override
    public void wake() {
        runtime.ifPresent(SchedulerRuntime::checkForDueWork);
    }
}
