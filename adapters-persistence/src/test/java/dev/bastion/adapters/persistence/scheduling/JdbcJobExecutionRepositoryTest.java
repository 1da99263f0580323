package dev.bastion.adapters.persistence.scheduling;

import static dev.bastion.adapters.persistence.scheduling.JobFixtures.NOW;
import static dev.bastion.adapters.persistence.scheduling.JobFixtures.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bastion.adapters.persistence.testing.PostgresTest;
import dev.bastion.domain.scheduling.ExecutionTrigger;
import dev.bastion.domain.scheduling.Job;
import dev.bastion.domain.scheduling.JobExecution;
import dev.bastion.domain.scheduling.JobExecutionId;
import dev.bastion.domain.scheduling.JobExecutionRepository;
import dev.bastion.domain.scheduling.JobExecutionRepository.Start;
import dev.bastion.domain.scheduling.JobRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What only a shared database can show (the rest is {@link JdbcJobStoresContractTest}): exclusive starts
 * racing on many connections let exactly one run through, the job's row lock deciding.
 */
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
}
