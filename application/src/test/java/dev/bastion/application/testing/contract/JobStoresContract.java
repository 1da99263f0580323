package dev.bastion.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.bastion.domain.scheduling.JobExecutionRepository.Start;
import dev.bastion.domain.scheduling.JobId;
import dev.bastion.domain.scheduling.JobName;
import dev.bastion.domain.scheduling.JobQuery;
import dev.bastion.domain.scheduling.JobRepository;
import dev.bastion.domain.scheduling.JobTimeout;
import dev.bastion.domain.scheduling.MisfirePolicy;
import dev.bastion.domain.shared.ConflictException;
import dev.bastion.domain.shared.PageRequest;
import dev.bastion.domain.shared.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the job stores promise, in memory as in PostgreSQL: a job reads back as written (its
 * parameters' JSON types too), names are unique, versions guard updates, filters and name order;
 * an execution starts once, FORBID refuses a second RUNNING one, it ends once, the history is the
 * last recorded first, the purge keeps what runs, and a job's deletion takes its history. The
 * tests of one class may share a store: each works on jobs of its own (names with a unique tag).
 */
public abstract class JobStoresContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract JobRepository jobs();

    protected abstract JobExecutionRepository executions();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private JobDefinition definition(String name, Map<String, Object> parameters) {
        return new JobDefinition(new JobName(name + " " + tag), new HandlerKey("smoke.record"),
                new CronExpression("0 * * * * *"), ZoneId.of("Europe/Berlin"), parameters, ConcurrencyPolicy.FORBID,
                MisfirePolicy.SKIP, new JobTimeout(Duration.ofSeconds(90)), "for the contract");
    }

    private Job stored(String name) {
        Job job = Job.create(JobId.newId(), definition(name, Map.of("pause", "2s", "count", 3L, "loud", true)), true,
                NOW);
        jobs().add(job);
        return job;
    }

    private static JobExecution running(Job job) {
        return JobExecution.start(JobExecutionId.newId(), job.id(), ExecutionTrigger.MANUAL, NOW, "a", NOW);
    }

    @Test
    void aJobReadsBackAsWrittenParametersAndAll() {
        Job job = stored("round trip");

        assertThat(jobs().findById(job.id()).orElseThrow().snapshot()).isEqualTo(job.snapshot());
        assertThat(jobs().findByName(job.definition().name())).contains(job);
        assertThat(jobs().findById(JobId.newId())).isEmpty();
    }

    @Test
    void aSecondJobOfANameIsAConflictOnName() {
        Job first = stored("taken");

        assertThatThrownBy(() -> jobs().add(Job.create(JobId.newId(), first.definition(), true, NOW)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).contains("name"));
    }

    @Test
    void anUpdateMovesTheVersionOnAndAStaleOneIsRefused() {
        Job job = stored("versioned");
        Job stale = jobs().findById(job.id()).orElseThrow();
        Job fresh = jobs().findById(job.id()).orElseThrow();
        fresh.revise(definition("versioned", Map.of()), NOW.plusSeconds(1));

        assertThat(jobs().update(fresh).version()).isEqualTo(1);
        assertThat(jobs().findById(job.id()).orElseThrow().definition().parameters()).isEmpty();
        stale.changeStatus(false, NOW.plusSeconds(2));
        assertThatThrownBy(() -> jobs().update(stale)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theListingFiltersAndOrdersByName() {
        String listing = "listing-" + UUID.randomUUID().toString().substring(0, 8);
        Job b = stored(listing + " b");
        Job a = stored(listing + " a");
        Job off = stored(listing + " c");
        off.changeStatus(false, NOW);
        off = jobs().update(off);

        assertThat(jobs().find(new JobQuery(listing, null, null), PageRequest.first(10)).items())
                .extracting(Job::id).containsExactly(a.id(), b.id(), off.id());
        assertThat(jobs().find(new JobQuery("LISTING", "smoke.record", true), PageRequest.first(10)).items())
                .extracting(Job::id).contains(a.id(), b.id()).doesNotContain(off.id());
        assertThat(jobs().find(new JobQuery(listing, "other.handler", null), PageRequest.first(10)).total()).isZero();
        assertThat(jobs().enabled()).extracting(Job::id).contains(a.id(), b.id()).doesNotContain(off.id());
    }

    @Test
    void anExecutionStartsOnceAndEndsOnce() {
        Job job = stored("once");
        JobExecution run = running(job);

        assertThat(executions().start(run, false)).isEqualTo(Start.STARTED);
        assertThat(executions().start(run, false)).isEqualTo(Start.ALREADY_RECORDED);
        run.succeed(NOW.plusSeconds(1), "done");
        assertThat(executions().finish(run)).isTrue();
        assertThat(executions().finish(run)).isFalse();
        JobExecution read = executions().findById(run.id()).orElseThrow();
        assertThat(read.outcome()).isEqualTo(ExecutionOutcome.SUCCEEDED);
        assertThat(read.message()).isEqualTo("done");
        assertThat(read.finishedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void anExclusiveStartIsBlockedWhileAnotherRunOfTheJobRuns() {
        Job job = stored("forbid");
        JobExecution first = running(job);
        executions().start(first, false);

        assertThat(executions().start(running(job), true)).isEqualTo(Start.BLOCKED);
        assertThat(executions().running(job.id())).containsExactly(first);
        first.fail(NOW.plusSeconds(1), "boom");
        executions().finish(first);
        assertThat(executions().start(running(job), true)).isEqualTo(Start.STARTED);
    }

    @Test
    void theHistoryIsTheLastRecordedFirstAndASkipIsRecordedOnce() {
        Job job = stored("history");
        JobExecution older = running(job);
        executions().start(older, false);
        JobExecution skipped = JobExecution.skipped(JobExecutionId.ofFiring(job.id(), NOW.minusSeconds(60)),
                job.id(), ExecutionTrigger.SCHEDULE, NOW.minusSeconds(60), "b", NOW, "missed");
        executions().recordSkipped(skipped);
        executions().recordSkipped(skipped);

        var page = executions().ofJob(job.id(), PageRequest.first(10));
        assertThat(page.items()).extracting(JobExecution::id).containsExactly(skipped.id(), older.id());
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void thePurgeTakesEndedRunsBeforeTheCutoffOnly() {
        Job job = stored("purge");
        JobExecution old = running(job);
        JobExecution recent = running(job);
        JobExecution stillRunning = running(job);
        executions().start(old, false);
        executions().start(recent, false);
        executions().start(stillRunning, false);
        old.succeed(NOW, null);
        recent.succeed(NOW.plus(Duration.ofDays(400)), null);
        executions().finish(old);
        executions().finish(recent);

        assertThat(executions().deleteEndedBefore(NOW.plus(Duration.ofDays(399)))).isPositive();

        assertThat(executions().findById(old.id())).isEmpty();
        assertThat(executions().findById(recent.id())).isPresent();
        assertThat(executions().findById(stillRunning.id())).isPresent();
    }

    @Test
    void deletingAJobTakesItsHistory() {
        Job job = stored("cascade");
        JobExecution run = running(job);
        executions().start(run, false);

        jobs().delete(job.id());

        assertThat(jobs().findById(job.id())).isEmpty();
        assertThat(executions().findById(run.id())).isEmpty();
    }
}
