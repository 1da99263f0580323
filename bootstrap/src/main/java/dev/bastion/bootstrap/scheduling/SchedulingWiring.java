package dev.bastion.bootstrap.scheduling;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.audit.PurgeLogsJob;
import dev.bastion.application.audit.PurgeOperationLog;
import dev.bastion.application.identity.sessions.PurgeSessionLeftoversJob;
import dev.bastion.application.scheduling.JobHandlerRegistry;
import dev.bastion.application.scheduling.JobRunner;
import dev.bastion.application.scheduling.JobScheduler;
import dev.bastion.application.scheduling.JobsService;
import dev.bastion.application.scheduling.PurgeExecutionsJob;
import dev.bastion.application.scheduling.PurgeJobExecutions;
import dev.bastion.application.scheduling.PurgeJobExecutionsService;
import dev.bastion.application.scheduling.RecordOnlyJob;
import dev.bastion.application.shared.Transactions;
import dev.bastion.application.shared.events.PurgeOutboxJob;
import dev.bastion.application.shared.events.RelayEvents;
import dev.bastion.domain.identity.SessionStore;
import dev.bastion.domain.scheduling.CronSchedules;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Scheduled jobs: the administration use cases, the runner the cluster scheduler calls, and the
 * built-in handlers, each a bean (a module adds its own the same way: a {@link JobHandler} bean).
 */
@Factory
final class SchedulingWiring {

    @Singleton
    JobHandlerRegistry jobHandlers(List<JobHandler> handlers) {
        return new JobHandlerRegistry(handlers);
    }

    @Singleton
    JobsService jobs(JobRepository jobs, JobExecutionRepository executions, JobHandlerRegistry handlers,
                     CronSchedules cronSchedules, JobScheduler scheduler, GetUserAccess userAccess,
                     Transactions transactions, Clock clock) {
        return new JobsService(jobs, executions, handlers, cronSchedules, scheduler, userAccess, transactions, clock);
    }

    /** Closed (its runs cancelled and recorded) before the scheduler stops: see {@code SchedulerRuntime}. */
    @Singleton
    @Bean(preDestroy = "close")
    JobRunner jobRunner(JobRepository jobs, JobExecutionRepository executions, JobHandlerRegistry handlers,
                        CronSchedules cronSchedules, JobScheduler scheduler, Transactions transactions, Clock clock,
                        @Named("scheduler-instance") String instance,
                        @Property(name = "bastion.jobs.misfire-threshold", defaultValue = "1m") Duration misfire) {
        return new JobRunner(jobs, executions, handlers, cronSchedules, scheduler, transactions, clock, instance,
                misfire);
    }

    @Singleton
    PurgeJobExecutionsService purgeJobExecutions(JobExecutionRepository executions, Clock clock,
                                                 @Property(name = "bastion.jobs.execution-retention",
                                                         defaultValue = "30d") Duration retention) {
        return new PurgeJobExecutionsService(executions, clock, retention);
    }

    @Singleton
    JobHandler recordOnlyJob() {
        return new RecordOnlyJob();
    }

    @Singleton
    JobHandler purgeLogsJob(PurgeOperationLog purge,
                            @Property(name = "bastion.audit.retention", defaultValue = "180d") Duration retention) {
        return new PurgeLogsJob(purge, retention);
    }

    @Singleton
    JobHandler purgeOutboxJob(RelayEvents relay,
                              @Property(name = "bastion.outbox.retention", defaultValue = "7d") Duration retention) {
        return new PurgeOutboxJob(relay, retention);
    }

    @Singleton
    JobHandler purgeSessionLeftoversJob(SessionStore sessions, Clock clock) {
        return new PurgeSessionLeftoversJob(sessions, clock);
    }

    @Singleton
    JobHandler purgeExecutionsJob(PurgeJobExecutions purge,
                                  @Property(name = "bastion.jobs.execution-retention", defaultValue = "30d")
                                  Duration retention) {
        return new PurgeExecutionsJob(purge, retention);
    }
}
