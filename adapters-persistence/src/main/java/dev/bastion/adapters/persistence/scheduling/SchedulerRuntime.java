package dev.bastion.adapters.persistence.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.bastion.application.scheduling.FireJobs;
import dev.bastion.application.scheduling.RunJobs;
import dev.bastion.application.scheduling.RunOrder;
import dev.bastion.domain.scheduling.JobId;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's db-scheduler: it polls {@code scheduler_tasks} every poll interval, claims due
 * rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} (so each is handled by one instance), and
 * keeps a heartbeat on the rows it works on, by which the other instances see it is alive. A
 * {@code job-fire} row becomes a run order (or a SKIPPED firing) and is planned again for the next
 * fire time; a {@code job-run} row is a run, removed when it ends. When an instance stops beating
 * mid-run, another one hands the run to {@link RunJobs#recover}. Started once the server is up;
 * {@code bastion.jobs.run=false} keeps an instance out of it (it still plans and orders).
 */
@Singleton
@Requires(property = "bastion.jobs.run", notEquals = "false")
final class SchedulerRuntime implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRuntime.class);
    private static final Duration FIRE_RETRY = Duration.ofSeconds(30);

    private static final Duration RUN_RETRY = Duration.ofSeconds(5);
    private static final int RUN_ATTEMPTS = 3;

    private final Scheduler scheduler;
    private final String instance;
    private final BeanProvider<RunJobs> runJobs;

    SchedulerRuntime(DataSource dataSource, DataSourceResolver resolver, SchedulerSettings settings,
                     @Named("scheduler-instance") String instance, BeanProvider<FireJobs> fireJobs,
                     BeanProvider<RunJobs> runJobs) {
        this.instance = instance;
        this.runJobs = runJobs;
        Task<Void> fire = Tasks.custom(SchedulerTasks.FIRE, Void.class)
                .onFailure((complete, operations) -> retryFiringLater(complete, operations))
                .onDeadExecutionRevive()
                .execute((task, context) -> fire(fireJobs.get(), task.getId(),
                        context.getExecution().getExecutionTime()));
        Task<String> run = Tasks.oneTime(SchedulerTasks.RUN, String.class)
                .onFailure(SchedulerRuntime::retryRunLater)
                .onDeadExecution((complete, operations) -> {
                    recover(runJobs.get(), complete);
                    operations.remove();
                })
                .execute((task, context) -> runJobs.get().run(RunOrderText.read(task.getId(), task.getData())));
        this.scheduler = Scheduler.create(resolver.resolve(dataSource), List.<Task<?>>of(fire, run))
                .tableName(SchedulerTasks.TABLE)
                .serializer(new TextTaskData())
                .schedulerName(new SchedulerName.Fixed(instance))
                .threads(settings.threads())
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .pollUsingLockAndFetch(0.5, 1.0)
                .shutdownMaxWait(settings.shutdownWait())
                .alwaysPersistTimestampInUTC()
                .failureLogging(LogLevel.WARN, true)
                .build();
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        scheduler.start();
        LOG.info("Running jobs as instance {}", instance);
    }

    /** Looks for due rows now rather than at the next poll. */
    void checkForDueWork() {
        scheduler.triggerCheckForDueExecutions();
    }

    /**
     * Claims nothing more, cancels this instance's runs (recorded FAILED: nothing is left for the
     * others to recover), then lets db-scheduler release what it holds.
     */
    @PreDestroy
    void stop() {
        scheduler.pause();
        runJobs.ifPresent(RunJobs::close);
        scheduler.stop();
    }

    private static CompletionHandler<Void> fire(FireJobs fireJobs, String jobId, Instant due) {
        JobId job;
        try {
            job = new JobId(UUID.fromString(jobId));
        } catch (IllegalArgumentException notAJob) {
            LOG.warn("Dropping a job-fire row for '{}': not a job id", jobId);
            return (complete, operations) -> operations.remove();
        }
        return fireJobs.fire(job, due)
                .<CompletionHandler<Void>>map(next -> (complete, operations) -> operations.reschedule(complete, next))
                .orElse((complete, operations) -> operations.remove());
    }

    private static void retryFiringLater(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        LOG.warn("Could not fire job {}; trying again in {}", complete.getExecution().getId(), FIRE_RETRY,
                complete.getCause().orElse(null));
        operations.reschedule(complete, Instant.now().plus(FIRE_RETRY));
    }

    /**
     * A run that failed outside its handler (the database away, the instance stopping) is tried
     * again a few seconds later, by whichever instance claims it, a few times before it is dropped.
     */
    private static void retryRunLater(ExecutionComplete complete, ExecutionOperations<String> operations) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        if (failures >= RUN_ATTEMPTS) {
            LOG.error("Job run {} failed outside its handler {} times; dropping the order",
                    complete.getExecution().getId(), failures, complete.getCause().orElse(null));
            operations.remove();
            return;
        }
        LOG.warn("Job run {} failed outside its handler ({}); trying again in {}", complete.getExecution().getId(),
                complete.getCause().map(Throwable::toString).orElse("?"), RUN_RETRY);
        operations.reschedule(complete, Instant.now().plus(RUN_RETRY));
    }

    private static void recover(RunJobs runJobs, ExecutionComplete dead) {
        var execution = dead.getExecution();
        RunOrder order;
        try {
            order = RunOrderText.read(execution.getId(), (String) execution.taskInstance.getData());
        } catch (RuntimeException unreadable) {
            LOG.warn("Dropping a dead job-run row {} that does not parse: {}", execution.getId(), unreadable.toString());
            return;
        }
        LOG.warn("Instance {} stopped while running {} of job {}; recovering it", execution.pickedBy,
                order.execution(), order.job());
        runJobs.recover(order, execution.pickedBy == null ? "unknown" : execution.pickedBy);
    }
}
