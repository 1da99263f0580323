package dev.bastion.application.scheduling;

import dev.bastion.application.shared.Transactions;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.CronSchedules;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobContext;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobHandler;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobParameters;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.scheduling.TextDuration;
import dev.bastion.domain.shared.Clock;
import dev.bastion.domain.shared.InvalidValueException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Turns due firings into run orders ({@link FireJobs}) and carries orders out on this instance
 * ({@link RunJobs}): the scheduler decides which instance; this decides what happens there.
 *
 * <p>A handler runs on a thread of its own ({@code bastion-job-<n>}) while the scheduler's thread
 * waits for it up to the job's timeout; at the timeout the run is cancelled (its context says so
 * and its thread is interrupted) and recorded TIMED_OUT at once, whether or not the handler stops:
 * one that ignores cancellation keeps its thread, never the scheduler's. Closing cancels every run
 * in flight and records it FAILED, so no execution is left RUNNING by an orderly stop.
 */
public final class JobRunner implements FireJobs, RunJobs, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JobRunner.class.getName());
    /** How long {@link #close} waits for each cancelled run's end to be stored. */
    private static final Duration RECORDING_WAIT = Duration.ofSeconds(5);

    private final JobRepository jobs;
    private final JobExecutionRepository executions;
    private final JobHandlerRegistry handlers;
    private final CronSchedules cronSchedules;
    private final JobScheduler scheduler;
    private final Transactions transactions;
    private final Clock clock;
    private final String instance;
    private final Duration misfireThreshold;
    private final ExecutorService threads;
    private final Set<Run> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    public JobRunner(JobRepository jobs, JobExecutionRepository executions, JobHandlerRegistry handlers,
                     CronSchedules cronSchedules, JobScheduler scheduler, Transactions transactions, Clock clock,
                     String instance, Duration misfireThreshold) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.executions = Objects.requireNonNull(executions, "executions");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.cronSchedules = Objects.requireNonNull(cronSchedules, "cronSchedules");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.misfireThreshold = Objects.requireNonNull(misfireThreshold, "misfireThreshold");
        if (misfireThreshold.isNegative()) {
            throw new IllegalArgumentException("the misfire threshold must not be negative: " + misfireThreshold);
        }
        this.threads = Executors.newCachedThreadPool(namedDaemonThreads());
    }

    // ------------------------------------------------------------------ FireJobs

    /**
     * A firing claimed later than the misfire threshold is late: SKIP records it SKIPPED,
     * FIRE_ONCE runs it. The next firing is counted from now, so however many fire times a
     * late job missed, it runs once.
     */
    @Override
    public Optional<Instant> fire(JobId jobId, Instant scheduledAt) {
        Instant now = clock.now();
        Optional<JobDefinition> fired = transactions.inTransaction(() -> {
            Optional<Job> found = jobs.findById(jobId).filter(Job::enabled);
            found.ifPresent(job -> orderOrSkip(job, scheduledAt, now));
            return found.map(Job::definition);
        });
        if (fired.isEmpty()) {
            return Optional.empty();
        }
        scheduler.wake();
        JobDefinition definition = fired.get();
        return cronSchedules.next(definition.cron(), definition.timezone(), now, 1).stream().findFirst();
    }

    private void orderOrSkip(Job job, Instant scheduledAt, Instant now) {
        JobExecutionId id = JobExecutionId.ofFiring(job.id(), scheduledAt);
        boolean late = Duration.between(scheduledAt, now).compareTo(misfireThreshold) > 0;
        if (late && job.definition().misfire() == MisfirePolicy.SKIP) {
            executions.recordSkipped(JobExecution.skipped(id, job.id(), ExecutionTrigger.SCHEDULE, scheduledAt,
                    instance, now, "missed: due at " + scheduledAt + ", claimed at " + now
                            + ", later than the misfire threshold of " + TextDuration.format(misfireThreshold)));
            return;
        }
        scheduler.order(new RunOrder(id, job.id(), ExecutionTrigger.SCHEDULE, scheduledAt));
    }

    // ------------------------------------------------------------------ RunJobs.run

    /**
     * Refused with an exception, storing nothing, once this runner is closing: the order stays
     * with the scheduler for another instance.
     */
    @Override
    public void run(RunOrder order) {
        if (closing) {
            throw new IllegalStateException("instance " + instance + " is stopping: order " + order.execution()
                    + " is left to another instance");
        }
        Optional<Job> found = jobs.findById(order.job());
        if (found.isEmpty()) {
            LOG.log(Level.INFO, "Job {0} no longer exists: its run order {1} is dropped", order.job(),
                    order.execution());
            return;
        }
        Job job = found.get();
        if (!job.enabled()) {
            skip(order, "the job was disabled before it ran");
            return;
        }
        JobExecution execution = JobExecution.start(order.execution(), job.id(), order.trigger(),
                order.scheduledAt(), instance, clock.now());
        boolean exclusive = job.definition().concurrency() == ConcurrencyPolicy.FORBID;
        switch (transactions.inTransaction(() -> executions.start(execution, exclusive))) {
            case ALREADY_RECORDED -> LOG.log(Level.DEBUG, "Execution {0} is already recorded: this delivery of "
                    + "its order is ignored", order.execution());
            case BLOCKED -> skip(order, blockedBy(job.id()));
            case STARTED -> execute(job, execution);
        }
    }

    private String blockedBy(JobId job) {
        List<JobExecution> running = executions.running(job);
        if (running.isEmpty()) {
            return "another run of this job was running (its concurrency is FORBID)";
        }
        JobExecution other = running.get(0);
        return "execution " + other.id() + " of this job is still running on instance " + other.instance()
                + " (its concurrency is FORBID)";
    }

    private void skip(RunOrder order, String reason) {
        JobExecution skipped = JobExecution.skipped(order.execution(), order.job(), order.trigger(),
                order.scheduledAt(), instance, clock.now(), reason);
        transactions.inTransaction(() -> {
            executions.recordSkipped(skipped);
            return null;
        });
    }

    private void execute(Job job, JobExecution execution) {
        HandlerKey key = job.definition().handler();
        Optional<JobHandler> handler = handlers.find(key);
        if (handler.isEmpty()) {
            String known = String.join(", ", handlers.all().stream().map(h -> h.key().value()).toList());
            finish(execution, e -> e.fail(clock.now(), "no handler is registered as '" + key + "' any more "
                    + "(the code that provided it was removed or renamed): change the job's handler; the handlers "
                    + "are: " + known));
            return;
        }
        JobParameters parameters;
        try {
            parameters = handler.get().parameters().resolve(job.definition().parameters());
        } catch (InvalidValueException invalid) {
            finish(execution, e -> e.fail(clock.now(), "the job's parameters no longer fit handler '" + key + "': "
                    + invalid.field() + " " + invalid.getMessage()));
            return;
        }
        Run run = new Run(job, execution);
        inFlight.add(run);
        try {
            run.future = threads.submit(() -> handler.get().run(parameters, run));
            if (run.cancelled) {
                run.cancel(); // close() came between the two lines above
            }
        } catch (RejectedExecutionException stopping) {
            inFlight.remove(run);
            finishRun(run, e -> e.fail(clock.now(), stoppingMessage()));
            return;
        }
        try {
            await(run);
        } finally {
            inFlight.remove(run);
        }
    }

    /** Waits for the handler up to the job's timeout and records how it ended. */
    private void await(Run run) {
        Duration timeout = run.job.definition().timeout().value();
        try {
            String summary = run.future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            finishRun(run, e -> e.succeed(clock.now(), summary));
        } catch (TimeoutException late) {
            run.cancel();
            LOG.log(Level.WARNING, "Job {0} ({1}) passed its timeout of {2}: execution {3} cancelled",
                    run.job.id(), run.job.definition().name(), TextDuration.format(timeout), run.execution.id());
            finishRun(run, e -> e.timeOut(clock.now(), run.job.definition().timeout()));
        } catch (CancellationException stopped) {
            finishRun(run, e -> e.fail(clock.now(), stoppingMessage()));
        } catch (InterruptedException interrupted) {
            // the scheduler's thread is being stopped: so is the run
            Thread.currentThread().interrupt();
            run.cancel();
            finishRun(run, e -> e.fail(clock.now(), stoppingMessage()));
        } catch (ExecutionException thrown) {
            Throwable cause = thrown.getCause();
            if (closing) {
                finishRun(run, e -> e.fail(clock.now(), stoppingMessage()));
                return;
            }
            LOG.log(Level.WARNING, "Job " + run.job.id() + " (" + run.job.definition().name() + ") failed: execution "
                    + run.execution.id(), cause);
            finishRun(run, e -> e.fail(clock.now(), describe(cause)));
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private String stoppingMessage() {
        return "cancelled: instance " + instance + " is stopping";
    }

    /** Records the run's end unless another path (a timeout, {@link #close}) already did. */
    private void finishRun(Run run, Consumer<JobExecution> ending) {
        if (run.settled.compareAndSet(false, true)) {
            try {
                finish(run.execution, ending);
            } finally {
                run.recorded.countDown();
            }
        }
    }

    private void finish(JobExecution execution, Consumer<JobExecution> ending) {
        ending.accept(execution);
        boolean recorded = transactions.inTransaction(() -> executions.finish(execution));
        if (!recorded) {
            LOG.log(Level.INFO, "Execution {0} had already been ended elsewhere (recovered as its instance's "
                    + "heartbeat was missed?): its {1} here is not recorded", execution.id(), execution.outcome());
        }
    }

    // ------------------------------------------------------------------ RunJobs.recover

    /**
     * An order that never started is ordered again (it never ran); a RUNNING one is recorded
     * FAILED and, under FIRE_ONCE, run once more, unless it was itself such a retry: a run that
     * kills its instance is not retried forever. An ended one is left as it is.
     */
    @Override
    public void recover(RunOrder order, String deadInstance) {
        Optional<JobExecution> stored = executions.findById(order.execution());
        if (stored.isEmpty()) {
            transactions.inTransaction(() -> {
                scheduler.order(retryOf(order));
                return null;
            });
            scheduler.wake();
            return;
        }
        JobExecution execution = stored.get();
        if (execution.outcome() != ExecutionOutcome.RUNNING) {
            return;
        }
        execution.fail(clock.now(), "instance " + deadInstance + " stopped while running it (no heartbeat); "
                + "recovered by " + instance);
        boolean retried = transactions.inTransaction(() -> {
            if (!executions.finish(execution)) {
                return false;
            }
            boolean retry = !isRetry(order) && jobs.findById(order.job())
                    .filter(job -> job.enabled() && job.definition().misfire() == MisfirePolicy.FIRE_ONCE)
                    .isPresent();
            if (retry) {
                scheduler.order(retryOf(order));
            }
            return retry;
        });
        if (retried) {
            scheduler.wake();
        }
    }

    private static RunOrder retryOf(RunOrder order) {
        return new RunOrder(JobExecutionId.retryOf(order.execution()), order.job(), order.trigger(),
                order.scheduledAt());
    }

    /**
     * Whether the order is a retry: a first attempt's execution id is a firing's
     * ({@link JobExecutionId#ofFiring}) or a manual run's new UUIDv7; a retry's is derived from
     * the execution it retries, so it is neither.
     */
    private static boolean isRetry(RunOrder order) {
        if (order.trigger() == ExecutionTrigger.MANUAL) {
            return order.execution().value().version() != 7;
        }
        return !order.execution().equals(JobExecutionId.ofFiring(order.job(), order.scheduledAt()));
    }

    // ------------------------------------------------------------------ close

    /** Cancels every run in flight, records each FAILED, and lets the handlers' threads go. */
    @Override
    public void close() {
        closing = true;
        List<Run> stopping = List.copyOf(inFlight);
        stopping.forEach(Run::cancel);
        for (Run run : stopping) {
            try {
                finishRun(run, e -> e.fail(clock.now(), stoppingMessage()));
            } catch (RuntimeException unrecorded) {
                LOG.log(Level.WARNING, "Could not record execution " + run.execution.id() + " as stopped; "
                        + "another instance recovers it when this one's heartbeat stops", unrecorded);
            }
        }
        for (Run run : stopping) {
            awaitRecorded(run); // the run's own thread may be the one recording it
        }
        threads.shutdownNow();
    }

    private static void awaitRecorded(Run run) {
        try {
            if (!run.recorded.await(RECORDING_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Execution " + run.execution.id() + " not recorded within " + RECORDING_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "bastion-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One run in flight: what its handler sees as its context, and how it is stopped. */
    private static final class Run implements JobContext {

        private final Job job;
        private final JobExecution execution;
        private final AtomicBoolean settled = new AtomicBoolean();
        /** Open once its end is stored, by whichever path stored it. */
        private final CountDownLatch recorded = new CountDownLatch(1);
        private volatile boolean cancelled;
        private volatile Future<String> future;

        private Run(Job job, JobExecution execution) {
            this.job = job;
            this.execution = execution;
        }

        void cancel() {
            cancelled = true;
            Future<String> running = future;
            if (running != null) {
                running.cancel(true);
            }
        }

        @Override
        public JobId jobId() {
            return job.id();
        }

        @Override
        public JobExecutionId executionId() {
            return execution.id();
        }

        @Override
        public Instant scheduledAt() {
            return execution.scheduledAt();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
