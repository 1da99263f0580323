package dev.bastion.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bastion.application.testing.FixedClock;
import dev.bastion.application.testing.InMemoryTransactions;
import dev.bastion.application.testing.InMemoryJobScheduler;
import dev.bastion.application.testing.InMemoryJobRepository;
import dev.bastion.application.testing.InMemoryJobExecutionRepository;
import dev.bastion.domain.scheduling.ConcurrencyPolicy;
import dev.bastion.domain.scheduling.CronExpression;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.HandlerKey;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobDefinition;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.TextDuration;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.scheduling.ParameterSchema;
import dev.bastion.domain.scheduling.ParameterSpec;
import dev.bastion.domain.scheduling.ParameterType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    private static final Instant T = Instant.parse("2026-05-04T03:00:00Z");
    private static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);
    private static final Duration LONG = Duration.ofHours(1);
    /** Long enough for the handler's thread to start on two busy cores, short enough to wait for. */
    private static final Duration SHORT = Duration.ofMillis(300);

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryJobExecutionRepository executions = new InMemoryJobExecutionRepository();
    private final InMemoryJobRepository jobs = new InMemoryJobRepository(executions);
    private final InMemoryJobScheduler scheduler = new InMemoryJobScheduler(transactions);
    private final FixedClock clock = new FixedClock(T);
    /** Released at the end of each test, so a handler ignoring cancellation lets its thread go. */
    private final CountDownLatch endOfTest = new CountDownLatch(1);

    private final TestHandler returning = new TestHandler("test.returning",
            ParameterSchema.of(ParameterSpec.optional("greeting", ParameterType.STRING, "hello", "what to say")),
            (parameters, context) -> "said " + parameters.string("greeting").orElseThrow());
    private final TestHandler counting = new TestHandler("test.counting",
            ParameterSchema.of(ParameterSpec.required("count", ParameterType.INTEGER, "how many")),
            (parameters, context) -> "counted " + parameters.integer("count").orElseThrow());
    private final TestHandler throwing = new TestHandler("test.throwing", (parameters, context) -> {
        throw new IllegalStateException("disk full");
    });
    private final TestHandler heeding = new TestHandler("test.heeding", (parameters, context) -> {
        while (true) {
            context.stopIfCancelled();
            Thread.sleep(5);
        }
    });
    private final AtomicBoolean ignoringSawCancellation = new AtomicBoolean();
    private final TestHandler ignoring = new TestHandler("test.ignoring", (parameters, context) -> {
        while (endOfTest.getCount() > 0) {
            ignoringSawCancellation.set(context.isCancelled());
            try {
                endOfTest.await(5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                // and carries on regardless
            }
        }
        return "finally done";
    });

    private final JobRunner runner = new JobRunner(jobs, executions,
            new JobHandlerRegistry(List.of(returning, counting, throwing, heeding, ignoring)), new EveryMinuteCron(),
            scheduler, transactions, clock, "instance-a", MISFIRE_THRESHOLD);

    @AfterEach
    void stop() {
        endOfTest.countDown();
        runner.close();
    }

    // ------------------------------------------------------------------ fire

    @Nested
    class Fire {

        @Test
        void an_on_time_firing_orders_a_run_under_the_firings_own_id_and_answers_the_next_fire_time() {
            Job job = add(define(returning).build());
            clock.advanceBy(Duration.ofSeconds(2));

            Optional<Instant> next = runner.fire(job.id(), T);

            assertThat(scheduler.orders()).containsExactly(
                    new RunOrder(JobExecutionId.ofFiring(job.id(), T), job.id(), ExecutionTrigger.SCHEDULE, T));
            assertThat(scheduler.wakes()).isEqualTo(1);
            assertThat(next).contains(T.plus(Duration.ofMinutes(1)));
            assertThat(executions.all()).as("nothing runs until the order is claimed").isEmpty();
        }

        @Test
        void a_job_gone_or_disabled_does_not_fire_and_is_not_planned_again() {
            Job disabled = add(define(returning).enabled(false).build());

            assertThat(runner.fire(JobId.newId(), T)).isEmpty();
            assertThat(runner.fire(disabled.id(), T)).isEmpty();

            assertThat(scheduler.orders()).isEmpty();
            assertThat(executions.all()).isEmpty();
        }

        @Test
        void a_late_firing_under_skip_is_recorded_skipped_and_the_next_fire_time_counts_from_now() {
            Job job = add(define(returning).misfire(MisfirePolicy.SKIP).build());
            clock.advanceBy(Duration.ofMinutes(10).plusSeconds(30));

            Optional<Instant> next = runner.fire(job.id(), T);

            assertThat(scheduler.orders()).isEmpty();
            JobExecution skipped = executions.findById(JobExecutionId.ofFiring(job.id(), T)).orElseThrow();
            assertThat(skipped.outcome()).isEqualTo(ExecutionOutcome.SKIPPED);
            assertThat(skipped.trigger()).isEqualTo(ExecutionTrigger.SCHEDULE);
            assertThat(skipped.scheduledAt()).isEqualTo(T);
            assertThat(skipped.instance()).isEqualTo("instance-a");
            assertThat(skipped.message()).isEqualTo("missed: due at 2026-05-04T03:00:00Z, claimed at "
                    + "2026-05-04T03:10:30Z, later than the misfire threshold of 1m");
            assertThat(next).contains(Instant.parse("2026-05-04T03:11:00Z"));
        }

        @Test
        void a_late_firing_under_fire_once_runs_once_however_many_fire_times_it_missed() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            clock.advanceBy(Duration.ofMinutes(10).plusSeconds(30));

            Optional<Instant> next = runner.fire(job.id(), T);

            assertThat(scheduler.orders()).extracting(RunOrder::scheduledAt).containsExactly(T);
            assertThat(next).as("not 03:01, which would fire the nine missed minutes one by one")
                    .contains(Instant.parse("2026-05-04T03:11:00Z"));
        }

        @Test
        void a_firing_claimed_exactly_at_the_threshold_is_not_late() {
            Job job = add(define(returning).misfire(MisfirePolicy.SKIP).build());
            clock.advanceBy(MISFIRE_THRESHOLD);

            runner.fire(job.id(), T);

            assertThat(scheduler.orders()).hasSize(1);
            assertThat(executions.all()).isEmpty();
        }

        @Test
        void a_cron_that_never_fires_again_runs_this_firing_and_answers_no_next_time() {
            Job job = add(define(returning).cron(EveryMinuteCron.NEVER).build());

            assertThat(runner.fire(job.id(), T)).isEmpty();
            assertThat(scheduler.orders()).hasSize(1);
        }
    }

    // ------------------------------------------------------------------ run

    @Nested
    class Run {

        @Test
        void a_handler_that_returns_succeeds_with_its_summary_and_sees_its_run() {
            Job job = add(define(returning).build());
            RunOrder order = scheduled(job);

            runner.run(order);

            JobExecution done = stored(order);
            assertThat(done.outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
            assertThat(done.message()).as("the default filled in").isEqualTo("said hello");
            assertThat(done.instance()).isEqualTo("instance-a");
            assertThat(done.startedAt()).isEqualTo(T);
            assertThat(returning.lastContext().jobId()).isEqualTo(job.id());
            assertThat(returning.lastContext().executionId()).isEqualTo(order.execution());
            assertThat(returning.lastContext().scheduledAt()).isEqualTo(T);
            assertThat(returning.lastContext().isCancelled()).isFalse();
        }

        @Test
        void the_handler_gets_the_jobs_parameters() {
            Job job = add(define(returning).parameters(Map.of("greeting", "good morning")).build());

            runner.run(scheduled(job));

            assertThat(returning.lastParameters().string("greeting")).contains("good morning");
            assertThat(stored(scheduled(job)).message()).isEqualTo("said good morning");
        }

        @Test
        void a_handler_that_throws_fails_with_the_exceptions_name_and_message() {
            Job job = add(define(throwing).build());

            runner.run(scheduled(job));

            JobExecution failed = stored(scheduled(job));
            assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(failed.message()).isEqualTo("IllegalStateException: disk full");
        }

        @Test
        void a_second_delivery_of_the_same_order_runs_nothing() {
            Job job = add(define(returning).build());

            runner.run(scheduled(job));
            runner.run(scheduled(job));

            assertThat(returning.runs()).isEqualTo(1);
            assertThat(executions.all()).hasSize(1);
        }

        @Test
        void an_order_of_a_deleted_job_is_dropped() {
            Job job = define(returning).build();

            runner.run(scheduled(job));

            assertThat(executions.all()).isEmpty();
            assertThat(returning.runs()).isZero();
        }

        @Test
        void an_order_of_a_job_disabled_since_is_recorded_skipped() {
            Job job = add(define(returning).enabled(false).build());
            RunOrder order = new RunOrder(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, T);

            runner.run(order);

            JobExecution skipped = stored(order);
            assertThat(skipped.outcome()).isEqualTo(ExecutionOutcome.SKIPPED);
            assertThat(skipped.trigger()).isEqualTo(ExecutionTrigger.MANUAL);
            assertThat(skipped.message()).isEqualTo("the job was disabled before it ran");
            assertThat(returning.runs()).isZero();
        }

        @Test
        void under_forbid_a_run_while_another_is_running_anywhere_is_skipped_naming_it() {
            Job job = add(define(returning).concurrency(ConcurrencyPolicy.FORBID).build());
            JobExecution elsewhere = JobExecution.start(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, T,
                    "instance-b", T);
            assertThat(executions.start(elsewhere, true)).isEqualTo(JobExecutionRepository.Start.STARTED);

            runner.run(scheduled(job));

            JobExecution skipped = stored(scheduled(job));
            assertThat(skipped.outcome()).isEqualTo(ExecutionOutcome.SKIPPED);
            assertThat(skipped.message()).isEqualTo("execution " + elsewhere.id() + " of this job is still running "
                    + "on instance instance-b (its concurrency is FORBID)");
            assertThat(returning.runs()).isZero();
        }

        @Test
        void under_allow_runs_overlap() {
            Job job = add(define(returning).concurrency(ConcurrencyPolicy.ALLOW).build());
            executions.start(JobExecution.start(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, T,
                    "instance-b", T), false);

            runner.run(scheduled(job));

            assertThat(stored(scheduled(job)).outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        }

        @Test
        void a_handler_no_longer_registered_fails_the_run_saying_so() {
            Job job = add(define(returning).handler("gone.away").build());

            runner.run(scheduled(job));

            JobExecution failed = stored(scheduled(job));
            assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(failed.message()).startsWith("no handler is registered as 'gone.away' any more")
                    .contains("test.returning");
        }

        @Test
        void parameters_that_no_longer_fit_the_handler_fail_the_run_naming_the_field() {
            Job missing = add(define(counting).build());
            Job wrong = add(define(counting).name("wrong").parameters(Map.of("count", "many")).build());

            runner.run(scheduled(missing));
            runner.run(scheduled(wrong));

            assertThat(stored(scheduled(missing)).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(stored(scheduled(missing)).message()).contains("parameters.count is required");
            assertThat(stored(scheduled(wrong)).message()).contains("parameters.count must be a whole number");
            assertThat(counting.runs()).isZero();
        }

        @Test
        void a_run_past_its_timeout_is_cancelled_and_recorded_timed_out() {
            Job job = add(define(heeding).timeout(SHORT).build());

            long began = System.nanoTime();
            runner.run(scheduled(job));

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(SHORT.plusSeconds(3));
            JobExecution timedOut = stored(scheduled(job));
            assertThat(timedOut.outcome()).isEqualTo(ExecutionOutcome.TIMED_OUT);
            assertThat(timedOut.message()).isEqualTo("cancelled after its timeout of " + TextDuration.format(SHORT));
            assertThat(heeding.lastContext().isCancelled()).isTrue();
        }

        @Test
        void a_handler_ignoring_cancellation_is_recorded_timed_out_without_waiting_for_it() throws Exception {
            Job job = add(define(ignoring).timeout(SHORT).build());

            long began = System.nanoTime();
            runner.run(scheduled(job));

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(SHORT.plusSeconds(3));
            assertThat(stored(scheduled(job)).outcome()).isEqualTo(ExecutionOutcome.TIMED_OUT);
            awaitTrue(ignoringSawCancellation);
        }

        @Test
        void closing_cancels_the_runs_in_flight_and_records_them_failed() throws Exception {
            Job job = add(define(heeding).timeout(LONG).build());
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> runner.run(scheduled(job)));
            heeding.awaitStarted();

            runner.close();

            running.get(5, TimeUnit.SECONDS);
            JobExecution stopped = stored(scheduled(job));
            assertThat(stopped.outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(stopped.message()).isEqualTo("cancelled: instance instance-a is stopping");
            assertThat(heeding.lastContext().isCancelled()).isTrue();
        }

        @Test
        void closing_records_a_run_whose_handler_ignores_it_at_once() throws Exception {
            Job job = add(define(ignoring).timeout(LONG).build());
            CompletableFuture<Void> running = CompletableFuture.runAsync(() -> runner.run(scheduled(job)));
            ignoring.awaitStarted();

            runner.close();

            assertThat(stored(scheduled(job)).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            running.get(5, TimeUnit.SECONDS);
            assertThat(stored(scheduled(job)).message()).isEqualTo("cancelled: instance instance-a is stopping");
        }

        @Test
        void once_closed_an_order_is_refused_and_nothing_is_recorded() {
            Job job = add(define(returning).build());
            runner.close();

            assertThatThrownBy(() -> runner.run(scheduled(job))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("instance-a is stopping");
            assertThat(executions.all()).isEmpty();
        }

        @Test
        void handlers_run_on_named_daemon_threads() {
            TestHandler where = new TestHandler("test.where", (parameters, context) -> {
                Thread thread = Thread.currentThread();
                return thread.getName() + " daemon=" + thread.isDaemon();
            });
            try (JobRunner own = new JobRunner(jobs, executions, new JobHandlerRegistry(List.of(where)),
                    new EveryMinuteCron(), scheduler, transactions, clock, "instance-a",
                    MISFIRE_THRESHOLD)) {
                Job job = add(define(where).build());

                own.run(scheduled(job));

                assertThat(stored(scheduled(job)).message()).matches("bastion-job-\\d+ daemon=true");
            }
        }
    }

    // ------------------------------------------------------------------ recover

    @Nested
    class Recover {

        @Test
        void a_dead_run_under_fire_once_is_recorded_failed_and_ordered_once_more() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            RunOrder order = scheduled(job);
            startedOn("instance-dead", order);
            clock.advanceBy(Duration.ofMinutes(5));

            runner.recover(order, "instance-dead");

            JobExecution failed = stored(order);
            assertThat(failed.outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(failed.message()).isEqualTo("instance instance-dead stopped while running it (no heartbeat); "
                    + "recovered by instance-a");
            assertThat(failed.finishedAt()).isEqualTo(T.plus(Duration.ofMinutes(5)));
            assertThat(scheduler.orders()).containsExactly(new RunOrder(JobExecutionId.retryOf(order.execution()),
                    job.id(), ExecutionTrigger.SCHEDULE, T));
            assertThat(scheduler.wakes()).isEqualTo(1);
        }

        @Test
        void a_dead_run_under_skip_stays_failed() {
            Job job = add(define(returning).misfire(MisfirePolicy.SKIP).build());
            RunOrder order = scheduled(job);
            startedOn("instance-dead", order);

            runner.recover(order, "instance-dead");

            assertThat(stored(order).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(scheduler.orders()).isEmpty();
        }

        @Test
        void a_dead_run_of_a_job_disabled_or_deleted_since_is_not_retried() {
            Job disabled = add(define(returning).enabled(false).build());
            RunOrder ofDisabled = scheduled(disabled);
            startedOn("instance-dead", ofDisabled);
            RunOrder ofDeleted = scheduled(define(returning).build());
            startedOn("instance-dead", ofDeleted);

            runner.recover(ofDisabled, "instance-dead");
            runner.recover(ofDeleted, "instance-dead");

            assertThat(stored(ofDisabled).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(stored(ofDeleted).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(scheduler.orders()).isEmpty();
        }

        @Test
        void a_retry_that_dies_too_is_not_retried_again() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            RunOrder retry = new RunOrder(JobExecutionId.retryOf(scheduled(job).execution()), job.id(),
                    ExecutionTrigger.SCHEDULE, T);
            startedOn("instance-dead", retry);

            runner.recover(retry, "instance-dead");

            assertThat(stored(retry).outcome()).isEqualTo(ExecutionOutcome.FAILED);
            assertThat(scheduler.orders()).isEmpty();
        }

        @Test
        void a_dead_manual_run_is_retried_under_fire_once() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            RunOrder manual = new RunOrder(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, T);
            startedOn("instance-dead", manual);

            runner.recover(manual, "instance-dead");

            assertThat(scheduler.orders()).extracting(RunOrder::execution)
                    .containsExactly(JobExecutionId.retryOf(manual.execution()));
        }

        @Test
        void an_order_that_never_started_is_ordered_again_whatever_the_policy() {
            Job job = add(define(returning).misfire(MisfirePolicy.SKIP).build());
            RunOrder order = scheduled(job);

            runner.recover(order, "instance-dead");

            assertThat(executions.all()).isEmpty();
            assertThat(scheduler.orders()).containsExactly(new RunOrder(JobExecutionId.retryOf(order.execution()),
                    job.id(), ExecutionTrigger.SCHEDULE, T));
            assertThat(scheduler.wakes()).isEqualTo(1);
        }

        @Test
        void an_execution_that_already_ended_is_left_alone() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            RunOrder order = scheduled(job);
            runner.run(order);

            runner.recover(order, "instance-dead");

            assertThat(stored(order).outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
            assertThat(scheduler.orders()).isEmpty();
        }

        @Test
        void the_retry_runs_as_a_run_of_its_own() {
            Job job = add(define(returning).misfire(MisfirePolicy.FIRE_ONCE).build());
            RunOrder order = scheduled(job);
            startedOn("instance-dead", order);
            runner.recover(order, "instance-dead");

            runner.run(scheduler.orders().get(0));

            assertThat(executions.all()).extracting(JobExecution::outcome)
                    .containsExactly(ExecutionOutcome.FAILED, ExecutionOutcome.SUCCEEDED);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Job add(Job job) {
        jobs.add(job);
        return job;
    }

    private static RunOrder scheduled(Job job) {
        return new RunOrder(JobExecutionId.ofFiring(job.id(), T), job.id(), ExecutionTrigger.SCHEDULE, T);
    }

    private void startedOn(String instance, RunOrder order) {
        executions.start(JobExecution.start(order.execution(), order.job(), order.trigger(), order.scheduledAt(),
                instance, T), false);
    }

    private JobExecution stored(RunOrder order) {
        return executions.findById(order.execution()).orElseThrow(
                () -> new AssertionError("no execution " + order.execution() + " was stored"));
    }

    private static void awaitTrue(AtomicBoolean flag) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!flag.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still false after 5 s");
            }
            Thread.sleep(5);
        }
    }

    private static Definition define(TestHandler handler) {
        return new Definition(handler.key().value());
    }

    /** A job as a test wants it; the rest as CreateJob's defaults. */
    private static final class Definition {

        private String name = "nightly";
        private String handler;
        private CronExpression cron = EveryMinuteCron.EVERY_MINUTE;
        private Map<String, Object> parameters = Map.of();
        private ConcurrencyPolicy concurrency = ConcurrencyPolicy.FORBID;
        private MisfirePolicy misfire = MisfirePolicy.FIRE_ONCE;
        private Duration timeout = LONG;
        private boolean enabled = true;

        private Definition(String handler) {
            this.handler = handler;
        }

        Definition name(String value) {
            name = value;
            return this;
        }

        Definition handler(String value) {
            handler = value;
            return this;
        }

        Definition cron(CronExpression value) {
            cron = value;
            return this;
        }

        Definition parameters(Map<String, Object> value) {
            parameters = value;
            return this;
        }

        Definition concurrency(ConcurrencyPolicy value) {
            concurrency = value;
            return this;
        }

        Definition misfire(MisfirePolicy value) {
            misfire = value;
            return this;
        }

        Definition timeout(Duration value) {
            timeout = value;
            return this;
        }

        Definition enabled(boolean value) {
            enabled = value;
            return this;
        }

        Job build() {
            return Job.create(JobId.newId(), new JobDefinition(new JobName(name), new HandlerKey(handler), cron,
                    ZoneOffset.UTC, parameters, concurrency, misfire, new JobTimeout(timeout), null), enabled, T);
        }
    }
}
