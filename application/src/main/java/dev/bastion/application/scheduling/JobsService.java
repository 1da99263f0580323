package dev.bastion.application.scheduling;

import dev.bastion.application.access.GetUserAccess;
import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.access.PermissionCode;
import dev.bastion.domain.access.UserAccess;
import dev.bastion.domain.identity.UserId;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.CronSchedules;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.JobTimezone;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.AccessDeniedException;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.InvalidValueException;
import dev.bastion.domain.shared.NotFoundException;
import dev.bastion.domain.shared.Page;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Administering jobs: their definitions checked against the handlers the code registers and the
 * cron parser, their next firing planned in the same transaction as every change, and the
 * authorization model applied to handlers: nobody schedules, changes or runs work whose handler
 * needs a permission they do not hold, so a job never does more than its author could by hand.
 */
public final class JobsService implements ListJobs, GetJob, CreateJob, UpdateJob, DeleteJob, ChangeJobStatus,
        RunJobNow, ListJobExecutions, ListJobHandlers, PreviewFireTimes, PlanJobs {

    /** Serialises planning at start across instances starting together. */
    static final String PLAN_LOCK = "scheduling.plan-unplanned";

    private final JobRepository jobs;
    private final JobExecutionRepository executions;
    private final JobHandlerRegistry handlers;
    private final CronSchedules cronSchedules;
    private final JobScheduler scheduler;
    private final GetUserAccess userAccess;
    private final Transactions transactions;
    private final Clock clock;

    public JobsService(JobRepository jobs, JobExecutionRepository executions, JobHandlerRegistry handlers,
                       CronSchedules cronSchedules, JobScheduler scheduler, GetUserAccess userAccess,
                       Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.executions = executions;
        this.handlers = handlers;
        this.cronSchedules = cronSchedules;
        this.scheduler = scheduler;
        this.userAccess = userAccess;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<JobView> list(UserId actor, JobQuery query, PageRequest page) {
        Instant now = clock.now();
        return jobs.find(query, page).map(job -> view(job, now));
    }

    @Override
    public JobView get(UserId actor, JobId id) {
        return view(find(id), clock.now());
    }

    @Override
    public JobView create(UserId actor, CreateJob.Command command) {
        JobName name = new JobName(command.name());
        HandlerKey key = new HandlerKey(command.handler());
        JobHandler handler = handlers.require(key);
        requirePermissions(userAccess.of(actor), handler);
        CronExpression cron = cron(command.cron());
        ZoneId zone = JobTimezone.parse(command.timezone());
        Map<String, Object> parameters = handler.parameters().check(command.parameters());
        JobTimeout timeout = command.timeout() == null ? JobTimeout.DEFAULT : JobTimeout.parse(command.timeout());
        ConcurrencyPolicy concurrency = command.concurrency() == null ? ConcurrencyPolicy.FORBID : command.concurrency();
        MisfirePolicy misfire = command.misfire() == null ? MisfirePolicy.FIRE_ONCE : command.misfire();
        boolean enabled = command.enabled() == null || command.enabled();
        JobDefinition definition = new JobDefinition(name, key, cron, zone, parameters, concurrency, misfire, timeout,
                command.description());
        Instant now = clock.now();
        Job created = transactions.inTransaction(() -> {
            requireNameFree(name, null);
            Job job = Job.create(JobId.newId(), definition, enabled, now);
            jobs.add(job);
            if (enabled) {
                planNext(job, now);
            }
            return job;
        });
        return view(created, now);
    }

    @Override
    public JobView update(UserId actor, UpdateJob.Command command) {
        UserAccess acting = userAccess.of(actor);
        Instant now = clock.now();
        Job updated = transactions.inTransaction(() -> {
            Job job = find(command.id());
            if (job.version() != command.version()) {
                throw new VersionConflictException("job " + command.id());
            }
            JobDefinition before = job.definition();
            requirePermissionsOfCurrent(acting, before.handler());
            JobDefinition after = revised(before, command, acting);
            if (!after.name().equals(before.name())) {
                requireNameFree(after.name(), job.id());
            }
            if (!job.revise(after, now)) {
                return job; // nothing changed: nothing to store, the version stays
            }
            Job stored = jobs.update(job);
            boolean timingChanged = !after.cron().equals(before.cron()) || !after.timezone().equals(before.timezone());
            if (stored.enabled() && timingChanged) {
                planNext(stored, now);
            }
            return stored;
        });
        return view(updated, now);
    }

    /** The definition after the patch, each given field checked as creation checks it, in the same order. */
    private JobDefinition revised(JobDefinition d, UpdateJob.Command c, UserAccess acting) {
        JobName name = c.name().isGiven() ? new JobName(c.name().applyTo(null)) : d.name();
        HandlerKey key = c.handler().isGiven() ? new HandlerKey(c.handler().applyTo(null)) : d.handler();
        JobHandler handler = handlers.require(key);
        requirePermissions(acting, handler);
        CronExpression cron = c.cron().isGiven() ? cron(c.cron().applyTo(null)) : d.cron();
        ZoneId zone = c.timezone().isGiven() ? JobTimezone.parse(c.timezone().applyTo(null)) : d.timezone();
        Map<String, Object> parameters = handler.parameters().check(c.parameters().applyTo(d.parameters()));
        JobTimeout timeout = c.timeout().isGiven() ? JobTimeout.parse(c.timeout().applyTo(null)) : d.timeout();
        return new JobDefinition(name, key, cron, zone, parameters, c.concurrency().applyTo(d.concurrency()),
                c.misfire().applyTo(d.misfire()), timeout, c.description().applyTo(d.description()));
    }

    @Override
    public void delete(UserId actor, JobId id) {
        UserAccess acting = userAccess.of(actor);
        transactions.inTransaction(() -> {
            Job job = find(id);
            requirePermissionsOfCurrent(acting, job.definition().handler());
            List<JobExecution> running = executions.running(id);
            if (!running.isEmpty()) {
                JobExecution run = running.get(0);
                throw ConflictException.ofState("job " + id + " is running (execution " + run.id() + " on "
                        + run.instance() + "): wait for the run to end before deleting the job");
            }
            scheduler.unplan(id);
            jobs.delete(id);
            return null;
        });
    }

    @Override
    public JobView changeStatus(UserId actor, JobId id, boolean enabled) {
        UserAccess acting = userAccess.of(actor);
        Instant now = clock.now();
        Job changed = transactions.inTransaction(() -> {
            Job job = find(id);
            if (enabled) {
                requirePermissionsOfCurrent(acting, job.definition().handler());
            }
            if (!job.changeStatus(enabled, now)) {
                return job;
            }
            Job stored = jobs.update(job);
            if (enabled) {
                planNext(stored, now);
            } else {
                scheduler.unplan(id);
            }
            return stored;
        });
        return view(changed, now);
    }

    @Override
    public JobExecutionId runNow(UserId actor, JobId id) {
        UserAccess acting = userAccess.of(actor);
        Instant now = clock.now();
        JobExecutionId execution = transactions.inTransaction(() -> {
            Job job = find(id);
            job.requireRunnable();
            requirePermissionsOfCurrent(acting, job.definition().handler());
            JobExecutionId executionId = JobExecutionId.newId();
            scheduler.order(new RunOrder(executionId, id, ExecutionTrigger.MANUAL, now));
            return executionId;
        });
        // After the commit, so whichever instance wakes finds the order stored.
        scheduler.wake();
        return execution;
    }

    @Override
    public Page<JobExecutionView> executions(UserId actor, JobId id, PageRequest page) {
        find(id);
        return executions.ofJob(id, page).map(JobExecutionView::of);
    }

    @Override
    public List<JobHandlerView> handlers() {
        return handlers.all().stream().map(JobHandlerView::of).sorted(Comparator.comparing(JobHandlerView::key))
                .toList();
    }

    @Override
    public List<Instant> nextFireTimes(UserId actor, JobId id, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidValueException("count", "must be between 1 and " + MAX_COUNT);
        }
        JobDefinition d = find(id).definition();
        return cronSchedules.next(d.cron(), d.timezone(), clock.now(), count);
    }

    @Override
    public int planUnplanned() {
        Instant now = clock.now();
        return transactions.inExclusiveTransaction(PLAN_LOCK, () -> {
            Set<JobId> planned = scheduler.planned();
            int count = 0;
            for (Job job : jobs.enabled()) {
                if (!planned.contains(job.id()) && planNext(job, now)) {
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * Plans the job's first firing after {@code after}; whether there is one. A cron that never
     * fires again leaves nothing planned (a plan of its earlier cron is dropped).
     */
    private boolean planNext(Job job, Instant after) {
        JobDefinition d = job.definition();
        List<Instant> next = cronSchedules.next(d.cron(), d.timezone(), after, 1);
        if (next.isEmpty()) {
            scheduler.unplan(job.id());
            return false;
        }
        scheduler.plan(job.id(), next.get(0));
        return true;
    }

    private JobView view(Job job, Instant now) {
        if (!job.enabled()) {
            return JobView.of(job, null);
        }
        JobDefinition d = job.definition();
        List<Instant> next = cronSchedules.next(d.cron(), d.timezone(), now, 1);
        return JobView.of(job, next.isEmpty() ? null : next.get(0));
    }

    private Job find(JobId id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("job " + id));
    }

    private CronExpression cron(String text) {
        CronExpression cron = new CronExpression(text);
        cronSchedules.requireValid(cron);
        return cron;
    }

    private void requireNameFree(JobName name, JobId self) {
        jobs.findByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("name", "a job named '" + name + "' already exists");
        });
    }

    /**
     * The permissions of a stored job's handler. A handler the code no longer registers asks for
     * none: its job cannot run anything, and must stay deletable and stoppable.
     */
    private void requirePermissionsOfCurrent(UserAccess acting, HandlerKey key) {
        handlers.find(key).ifPresent(handler -> requirePermissions(acting, handler));
    }

    /** Nobody schedules work they could not do by hand: every permission the handler declares. */
    private static void requirePermissions(UserAccess acting, JobHandler handler) {
        for (String code : new TreeSet<>(handler.requiredPermissions())) {
            if (!acting.permissions().allows(new PermissionCode(code))) {
                throw AccessDeniedException.forbidden("jobs of the handler '" + handler.key()
                        + "' need the permission '" + code + "', which you do not hold");
            }
        }
    }
}
