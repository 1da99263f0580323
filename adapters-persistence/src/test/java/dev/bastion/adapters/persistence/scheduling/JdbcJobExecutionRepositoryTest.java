package dev.bastion.adapters.persistence.scheduling;

import static dev.bastion.adapters.persistence.scheduling.JobFixtures.NOW;
import static dev.bastion.adapters.persistence.scheduling.JobFixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.scheduling.ExecutionOutcome;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobExecutionRepository.Start;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.shared.PageRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JdbcJobExecutionRepositoryTest extends PostgresTest {

    @Inject
    JobRepository jobs;

    @Inject
    JobExecutionRepository executions;

    private JobExecution running(Job job, String instance) {
        return JobExecution.start(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, NOW, instance, NOW);
    }

    @Test
    void anExecutionIsStartedOnceAndEndsOnce() {
        Job job = job("history");
        jobs.add(job);
        JobExecution run = running(job, "a");

        assertThat(executions.start(run, false)).isEqualTo(Start.STARTED);
        assertThat(executions.start(run, false)).isEqualTo(Start.ALREADY_RECORDED);
        assertThat(executions.running(job.id())).containsExactly(run);

        run.succeed(NOW.plusSeconds(1), "done");
        assertThat(executions.finish(run)).isTrue();
        assertThat(executions.finish(run)).as("a second end does not overwrite the first").isFalse();
        JobExecution read = executions.findById(run.id()).orElseThrow();
        assertThat(read.outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        assertThat(read.message()).isEqualTo("done");
        assertThat(read.finishedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(executions.running(job.id())).isEmpty();
    }

    @Test
    void anExclusiveStartIsRefusedWhileAnotherRunOfTheJobIsRunningAndAllowedAfter() {
        Job job = job("forbid");
        jobs.add(job);
        JobExecution first = running(job, "a");
        assertThat(executions.start(first, false)).isEqualTo(Start.STARTED);

        assertThat(executions.start(running(job, "b"), true)).isEqualTo(Start.BLOCKED);
        assertThat(executions.start(running(job, "b"), false)).as("overlap allowed").isEqualTo(Start.STARTED);

        first.fail(NOW.plusSeconds(1), "boom");
        executions.finish(first);
        executions.running(job.id()).forEach(other -> {
            other.succeed(NOW.plusSeconds(1), "ok");
            executions.finish(other);
        });
        assertThat(executions.start(running(job, "b"), true)).isEqualTo(Start.STARTED);
    }

    @Test
    void exclusiveStartsRacingOnManyThreadsLetExactlyOneThrough() throws Exception {
        Job job = job("race");
        jobs.add(job);
        int racers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Start>> starts = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String instance = "racer-" + i;
                starts.add(pool.submit(() -> {
                    go.await();
                    return executions.start(running(job, instance), true);
                }));
            }
            go.countDown();
            List<Start> outcomes = new ArrayList<>();
            for (Future<Start> start : starts) {
                outcomes.add(start.get());
            }
            assertThat(outcomes).containsOnlyOnce(Start.STARTED);
            assertThat(outcomes).filteredOn(Start.BLOCKED::equals).hasSize(racers - 1);
            assertThat(executions.running(job.id())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSkippedFiringIsRecordedOnceAndTheHistoryIsNewestFirst() {
        Job job = job("skips");
        jobs.add(job);
        JobExecution older = running(job, "a");
        executions.start(older, false);
        JobExecution skipped = JobExecution.skipped(JobExecutionId.ofFiring(job.id(), NOW), job.id(),
                ExecutionTrigger.SCHEDULE, NOW, "b", NOW, "missed");

        executions.recordSkipped(skipped);
        executions.recordSkipped(skipped);

        assertThat(executions.ofJob(job.id(), PageRequest.first(10)).items()).extracting(JobExecution::id)
                .containsExactly(skipped.id(), older.id());
        assertThat(executions.ofJob(job.id(), PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void thePurgeDeletesOnlyEndedExecutionsFinishedBeforeTheCutoff() {
        Job job = job("purge");
        jobs.add(job);
        JobExecution old = running(job, "a");
        JobExecution recent = running(job, "a");
        JobExecution stillRunning = running(job, "a");
        executions.start(old, false);
        executions.start(recent, false);
        executions.start(stillRunning, false);
        old.succeed(NOW.plusSeconds(1), null);
        recent.succeed(NOW.plusSeconds(100), null);
        executions.finish(old);
        executions.finish(recent);

        assertThat(executions.deleteEndedBefore(NOW.plusSeconds(50))).as("other tests' ended runs too").isPositive();

        assertThat(executions.findById(old.id())).isEmpty();
        assertThat(executions.findById(recent.id())).isPresent();
        assertThat(executions.findById(stillRunning.id())).isPresent();
    }

    @Test
    void deletingTheJobDeletesItsHistory() {
        Job job = job("cascade");
        jobs.add(job);
        JobExecution run = running(job, "a");
        executions.start(run, false);

        jobs.delete(job.id());

        assertThat(executions.findById(run.id())).isEmpty();
    }
}
